import { stripVietnameseMarks } from "@/lib/text";

/**
 * The download header for a Vietnamese file name (RFC 6266 with RFC 5987 encoding):
 * every current browser uses filename*, which keeps "Báo cáo 6 tháng đầu năm.pdf" intact;
 * the plain filename is an ASCII fallback without diacritics for old clients.
 */
export function contentDisposition(fileName: string): string {
  return `attachment; filename="${asciiFallback(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** "Báo cáo đầu năm.pdf" → "Bao cao dau nam.pdf"; anything still outside printable ASCII, and quotes or backslashes, become "_". */
export function asciiFallback(fileName: string): string {
  const plain = stripVietnameseMarks(fileName)
    .replace(/[^\x20-\x7e]|["\\]/g, "_")
    .trim();
  return plain || "tep";
}

/** encodeURIComponent leaves ' ( ) * unencoded, which RFC 5987's attr-char does not allow. */
export function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Characters Windows, macOS or Linux refuse in a file name, and line breaks and tabs. */
const REFUSED_IN_FILE_NAMES = /[\\/:*?"<>|\r\n\t\u0000-\u001f\u007f]+/g;

/**
 * Shortens a text to at most `max` characters at a word boundary, with "…" where it was cut:
 * NFC first (a Vietnamese letter with its tone mark is one character, so a mark is never cut
 * from its letter), then the last whole word that fits; a single word longer than `max` is
 * cut where it must be. Counted in code points, so no surrogate pair is split either.
 */
export function shortenAtWord(text: string, max: number): string {
  const characters = Array.from(text.normalize("NFC").replace(/\s+/g, " ").trim());
  if (characters.length <= max) return characters.join("");
  const cut = characters.slice(0, max - 1).join("");
  const space = cut.lastIndexOf(" ");
  const kept = space > 0 && characters[max - 1] !== " " ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.\-–]+$/, "")}…`;
}

/**
 * A download's file name: characters file systems refuse become spaces, and a long name is
 * shortened at a whole word (shortenAtWord), the extension kept. The header that carries it
 * is contentDisposition (filename* in UTF-8).
 */
export function downloadFileName(base: string, extension = "", max = 150): string {
  const clean = base.replace(REFUSED_IN_FILE_NAMES, " ");
  return `${shortenAtWord(clean, max - extension.length) || "tep"}${extension}`;
}

/**
 * The name kept for an upload: the last path segment only (old browsers sent full paths),
 * no control characters, NFC (macOS sends decomposed Vietnamese), at most 200 characters
 * (cut at a whole word) with the extension kept.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  // Control characters (CR, LF) in a stored name could otherwise reach a response header.
  const cleaned = base.normalize("NFC").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (cleaned.length <= 200) return cleaned || "tep";
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return shortenAtWord(cleaned.slice(0, cleaned.length - extension.length), 200 - extension.length) + extension;
}
