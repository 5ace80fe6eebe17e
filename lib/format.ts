/**
 * Dates and numbers as Vietnamese officials write them, in every language of the
 * interface: dd/MM/yyyy in Asia/Ho_Chi_Minh, "." between thousands, "," for decimals.
 */
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const dateFormat = new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const timeFormat = new Intl.DateTimeFormat("vi-VN", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** 02/07/2012 for an instant (Date) or a calendar date ("2012-07-02", taken as is, no time zone shift). */
export function formatDate(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "string") {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (match) return `${match[3]}/${match[2]}/${match[1]}`;
    value = new Date(value);
  }
  return dateFormat.format(value);
}

/** 08:30 in Asia/Ho_Chi_Minh. */
export function formatTime(value: Date): string {
  return timeFormat.format(value);
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

// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with it.
const calendarDateParts = new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * The calendar date (yyyy-MM-dd) of an instant in Asia/Ho_Chi_Minh. The server may run in
 * UTC, where the date changes seven hours later than in Vietnam: 17:30 UTC on 01/07/2012 is
 * already 00:30 on 02/07/2012 in Điện Biên, and a task due 01/07 is overdue there.
 */
export function vietnamDate(instant: Date): string {
  const parts = calendarDateParts.formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((part) => part.type === type)?.value ?? "";
  return `${get("year").padStart(4, "0")}-${get("month")}-${get("day")}`;
}

/** Today's calendar date in Vietnam as yyyy-MM-dd, the form calendar dates are stored in. */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamDate(now);
}
