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

/**
 * The name kept for an upload: the last path segment only (old browsers sent full paths),
 * no control characters, NFC (macOS sends decomposed Vietnamese), at most 200 characters
 * with the extension kept.
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? "";
  // Control characters (CR, LF) in a stored name could otherwise reach a response header.
  const cleaned = base.normalize("NFC").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  if (cleaned.length <= 200) return cleaned || "tep";
  const dot = cleaned.lastIndexOf(".");
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : "";
  return cleaned.slice(0, 200 - extension.length) + extension;
}
