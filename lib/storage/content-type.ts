import { fileTypeFromBuffer } from "file-type";
import { UserFacingError } from "@/lib/errors";

/**
 * What a file really is, read from its bytes (magic numbers), never from the name or the
 * browser's Content-Type: a file named "bao-cao.pdf" that is an executable or an HTML
 * page is refused, and the type stored (and later sent with the download) is the one
 * detected here.
 */
export interface DetectedType {
  mime: string;
  ext: string;
}

/** Types file-type recognises by their bytes that we accept as they are. ZIP is absent on purpose: only OOXML/ODF archives pass. */
const ALLOWED_BY_MAGIC: ReadonlySet<string> = new Set(["pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "png", "jpg", "webp"]);

/**
 * Old Office files are OLE compound files ("cfb" to file-type), a container that also
 * holds .msi installers and others, so the name's extension decides which Office type
 * it is, and any other extension is refused.
 */
const OLE_BY_EXTENSION: Readonly<Record<string, string>> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};

/** Plain text has no magic number: accepted only under these names and only as clean UTF-8. */
const TEXT_BY_EXTENSION: Readonly<Record<string, string>> = {
  txt: "text/plain; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

export const TYPE_NOT_ALLOWED = "files.typeNotAllowed";

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

function isCleanUtf8(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The allowed type of these bytes, or null when they are not one we accept. */
export async function detectAllowedType(bytes: Uint8Array, fileName: string): Promise<DetectedType | null> {
  const extension = extensionOf(fileName);
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) {
    if (ALLOWED_BY_MAGIC.has(detected.ext)) return { mime: detected.mime, ext: detected.ext };
    if (detected.ext === "cfb" && OLE_BY_EXTENSION[extension]) return { mime: OLE_BY_EXTENSION[extension], ext: extension };
    return null;
  }
  const textMime = TEXT_BY_EXTENSION[extension];
  if (textMime && isCleanUtf8(bytes)) return { mime: textMime, ext: extension };
  return null;
}

/** As detectAllowedType, but refuses under the form's "file" field. */
export async function requireAllowedType(bytes: Uint8Array, fileName: string): Promise<DetectedType> {
  const type = await detectAllowedType(bytes, fileName);
  if (!type) throw new UserFacingError(TYPE_NOT_ALLOWED, "file");
  return type;
}

/** For the file input's accept attribute: a hint to the picker only, the server decides. */
export const ACCEPT_ATTRIBUTE = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.png,.jpg,.jpeg,.webp,.txt,.csv";
