import { vietnamClock } from "@/lib/format";

/** Calendar parts of an instant as seen in Asia/Ho_Chi_Minh (0 = Sunday). */
export const localParts = vietnamClock;

/** Vietnam has had no daylight saving time since 1975, so +07:00 is exact for every date we handle. */
export function vietnamInstant(isoDate: string, time: string): Date {
  return new Date(`${isoDate}T${time}:00+07:00`);
}

/** yyyy-MM-dd of an instant in Asia/Ho_Chi_Minh. */
export function localIsoDate(value: Date): string {
  const p = localParts(value);
  return `${p.year}-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`;
}
