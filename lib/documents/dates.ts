/**
 * The place-and-date line of an official document (Decree 30/2020/NĐ-CP, Appendix I):
 * "Điện Biên, ngày 02 tháng 7 năm 2012". Days below 10 and the months January and
 * February take a leading zero ("tháng 01", "tháng 02") so that no digit can be added in
 * front of them after signing; months 3 to 12 are written as they are.
 */
export function formatDocumentDate(place: string, isoDate: string): string {
  return `${place}, ${documentDatePhrase(isoDate)}`;
}

/** "ngày 02 tháng 7 năm 2012" alone, for use inside a sentence. */
export function documentDatePhrase(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`Not a yyyy-MM-dd date: ${isoDate}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const dayText = day < 10 ? `0${day}` : String(day);
  const monthText = month <= 2 ? `0${month}` : String(month);
  return `ngày ${dayText} tháng ${monthText} năm ${year}`;
}
