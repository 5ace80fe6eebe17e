/*
 * Vietnamese text helpers shared by the server and client leaves (no server-only imports).
 */

/** "Báo cáo đầu năm" → "Bao cao dau nam": the marks dropped, đ/Đ written d/D. */
export function stripVietnameseMarks(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/** Lower case without Vietnamese diacritics: "Sở Thông tin" and "so thong TIN" fold to the same text. */
export function foldForSearch(text: string): string {
  return stripVietnameseMarks(text).toLowerCase().replace(/\s+/g, " ").trim();
}
