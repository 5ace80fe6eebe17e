import { formatDate, formatTime } from "@/lib/format";
import { localIsoDate, localParts } from "./time";

/**
 * "08:00–11:30, Thứ Hai, 02/07/2012"; a conference over several days shows both dates.
 * `weekdays` are the day names from the messages, Sunday first.
 */
export function formatConferenceTime(startsAt: Date, endsAt: Date, weekdays: readonly string[]): string {
  const day = weekdays[localParts(startsAt).weekday] ?? "";
  if (localIsoDate(startsAt) === localIsoDate(endsAt)) {
    return `${formatTime(startsAt)}–${formatTime(endsAt)}, ${day}, ${formatDate(startsAt)}`;
  }
  return `${formatTime(startsAt)}, ${day}, ${formatDate(startsAt)} – ${formatTime(endsAt)} ${formatDate(endsAt)}`;
}
