/**
 * Dates and numbers as Vietnamese officials write them, in every language of the
 * interface: dd/MM/yyyy in Asia/Ho_Chi_Minh, "." between thousands, "," for decimals.
 */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

/** Vietnam's offset from UTC: +07:00 all year, with no daylight saving time since 13/06/1975. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

const MS_PER_DAY = 86_400_000;

/**
 * The wall clock in Asia/Ho_Chi_Minh at an instant (0 = Sunday). Arithmetic on the fixed
 * offset instead of Intl.DateTimeFormat with a time zone, which costs microseconds per call
 * (formatToParts the most) and ran hundreds of times per list page: 2 % of a page's CPU.
 * No Date is built either: Next wraps the Date constructor on the server to track reads of
 * the clock, and a shifted copy per call still cost about 1,5 % of a list page. The date is
 * H. Hinnant's days-to-civil conversion (proleptic Gregorian calendar). Exact for every
 * instant since 1975 (format.test.ts checks it against Intl).
 */
export function vietnamClock(instant: Date): { year: number; month: number; day: number; weekday: number; hour: number; minute: number } {
  const local = instant.getTime() + VIETNAM_OFFSET_MS;
  const days = Math.floor(local / MS_PER_DAY);
  const msOfDay = local - days * MS_PER_DAY;
  // Days since 0000-03-01, in 400-year eras of 146 097 days; years start in March so that
  // the leap day is the last day of a year.
  const fromMarch0 = days + 719_468;
  const era = Math.floor(fromMarch0 / 146_097);
  const dayOfEra = fromMarch0 - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1_460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1,
    // 01/01/1970 was a Thursday.
    weekday: (((days + 4) % 7) + 7) % 7,
    hour: Math.floor(msOfDay / 3_600_000),
    minute: Math.floor((msOfDay % 3_600_000) / 60_000),
  };
}

const twoDigits = (n: number) => String(n).padStart(2, "0");

/** 02/07/2012 for an instant (Date) or a calendar date ("2012-07-02", taken as is, no time zone shift). */
export function formatDate(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "string") {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (match) return `${match[3]}/${match[2]}/${match[1]}`;
    value = new Date(value);
  }
  const clock = vietnamClock(value);
  return `${twoDigits(clock.day)}/${twoDigits(clock.month)}/${clock.year}`;
}

/** 08:30 in Asia/Ho_Chi_Minh. */
export function formatTime(value: Date): string {
  const clock = vietnamClock(value);
  return `${twoDigits(clock.hour)}:${twoDigits(clock.minute)}`;
}

/** 08:30 02/07/2012. */
export function formatDateTime(value: Date | null | undefined): string {
  if (!value) return "";
  return `${formatTime(value)} ${formatDate(value)}`;
}

/**
 * 468.112 · 13,6 · 89,16. Accepts numeric strings as stored by PostgreSQL and formats
 * them without going through a float, so 89.16 never prints as 89,15999.
 */
export function formatNumber(value: number | string | null | undefined, decimals?: number): string {
  if (value === null || value === undefined || value === "") return "";
  const text = typeof value === "number" ? String(value) : value.trim();
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: decimals ?? 20 }).format(Number(value));
  const [, sign, whole, fraction = ""] = match;
  let digits = fraction;
  let integer = whole;
  if (decimals !== undefined) {
    ({ integer, fraction: digits } = roundDecimalString(whole, fraction, decimals));
  } else {
    digits = fraction.replace(/0+$/, "");
  }
  const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const isZero = /^0*$/.test(integer + digits);
  return `${sign && !isZero ? "-" : ""}${grouped}${digits ? `,${digits}` : ""}`;
}

/** Half-up rounding on the decimal digits themselves. */
function roundDecimalString(whole: string, fraction: string, decimals: number): { integer: string; fraction: string } {
  const padded = fraction.padEnd(decimals + 1, "0");
  const kept = whole + padded.slice(0, decimals);
  const roundUp = Number(padded[decimals]) >= 5;
  let digits = roundUp ? (BigInt(kept) + 1n).toString().padStart(kept.length, "0") : kept;
  if (digits.length < whole.length + decimals) digits = digits.padStart(whole.length + decimals, "0");
  const integerPart = digits.slice(0, digits.length - decimals) || "0";
  return { integer: integerPart.replace(/^0+(?=\d)/, ""), fraction: decimals ? digits.slice(digits.length - decimals) : "" };
}

/**
 * The calendar date (yyyy-MM-dd) of an instant in Asia/Ho_Chi_Minh. The server may run in
 * UTC, where the date changes seven hours later than in Vietnam: 17:30 UTC on 01/07/2012 is
 * already 00:30 on 02/07/2012 in Điện Biên, and a task due 01/07 is overdue there.
 */
export function vietnamDate(instant: Date): string {
  const clock = vietnamClock(instant);
  return `${String(clock.year).padStart(4, "0")}-${twoDigits(clock.month)}-${twoDigits(clock.day)}`;
}

/** Today's calendar date in Vietnam as yyyy-MM-dd, the form calendar dates are stored in. */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDate(now);
}
