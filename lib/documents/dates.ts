/*
 * The one way dates are written inside official documents (Decree 30/2020/NĐ-CP, Appendix I,
 * and DOMAIN.md "Formats"): days below 10 and the months January and February take a leading
 * zero, so that no digit can be added in front of them after signing; months 3 to 12 are
 * written as they are. The date line reads "Điện Biên, ngày 02 tháng 7 năm 2012"; a date
 * inside a sentence or a table reads "02/7/2012", "05/02/2013". Every document builder, the
 * .docx and the print view go through documentDateParts; the app's screens keep dd/MM/yyyy
 * (lib/format.ts).
 */

/** Day, month and year as a document writes them: { day: "02", month: "7", year: "2012" }. */
export function documentDateParts(isoDate: string): { day: string; month: string; year: string } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`Not a yyyy-MM-dd date: ${isoDate}`);
  const [month, day] = [Number(match[2]), Number(match[3])];
  return { day: String(day).padStart(2, "0"), month: month <= 2 ? String(month).padStart(2, "0") : String(month), year: match[1] };
}

/** "Điện Biên, ngày 02 tháng 7 năm 2012": the place-and-date line. */
export function formatDocumentDate(place: string, isoDate: string): string {
  return `${place}, ${documentDatePhrase(isoDate)}`;
}

/** "ngày 02 tháng 7 năm 2012" alone, for use inside a sentence. */
export function documentDatePhrase(isoDate: string): string {
  const { day, month, year } = documentDateParts(isoDate);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "02/7/2012": a date inside a document's sentences and tables. Anything but yyyy-MM-dd is returned as given. */
export function documentShortDate(isoDate: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return isoDate;
  const { day, month, year } = documentDateParts(isoDate);
  return `${day}/${month}/${year}`;
}
