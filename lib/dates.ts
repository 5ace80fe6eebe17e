/**
 * A calendar date typed by a person, as Vietnamese officials write it (02/07/2012, 2/7/2012)
 * or as ISO (2012-07-02), returned as ISO yyyy-MM-dd; undefined when it is not a real date
 * (30/02/2025 is refused, not rolled over to March).
 */
export function parseCalendarDate(value: string | null | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let year: number, month: number, day: number;
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (vn) [day, month, year] = [Number(vn[1]), Number(vn[2]), Number(vn[3])];
  else if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900 || year > 2200) return undefined;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
