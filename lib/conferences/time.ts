import { TIME_ZONE } from "@/lib/format";

// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with it.
const partsFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
  weekday: "short",
  hour: "numeric",
  minute: "numeric",
  hourCycle: "h23",
});

/** Calendar parts of an instant as seen in Asia/Ho_Chi_Minh (0 = Sunday). */
export function localParts(value: Date): { year: number; month: number; day: number; weekday: number; hour: number; minute: number } {
  const parts = partsFormat.formatToParts(value);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  return {
    year: Number(get("year")),
    month: Number(get("month")),
    day: Number(get("day")),
    weekday: weekdays.indexOf(get("weekday")),
    hour: Number(get("hour")),
    minute: Number(get("minute")),
  };
}

/** Vietnam has had no daylight saving time since 1975, so +07:00 is exact for every date we handle. */
export function vietnamInstant(isoDate: string, time: string): Date {
  return new Date(`${isoDate}T${time}:00+07:00`);
}

/** yyyy-MM-dd of an instant in Asia/Ho_Chi_Minh. */
export function localIsoDate(value: Date): string {
  const p = localParts(value);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}
