import { z } from "zod";
import { formatTime } from "@/lib/format";
import type { ConferenceContext } from "./context";

/*
 * The content of the minutes' draft (document_drafts, kind "minutes"; stored and saved by
 * drafts.ts): start and end time, a summary per agenda item, other remarks and the
 * secretary's name.
 */

export interface MinutesContent {
  /** "08:00" */
  startTime: string;
  endTime: string;
  /** Agenda item id → what was said under it. */
  summaryByItem: Record<string, string>;
  otherRemarks: string;
  secretaryName: string;
}

/** The stored JSON read defensively: a field missing from an older draft comes back empty. */
const storedContent = z.object({
  startTime: z.string().catch(""),
  endTime: z.string().catch(""),
  summaryByItem: z.record(z.string(), z.string()).catch({}),
  otherRemarks: z.string().catch(""),
  secretaryName: z.string().catch(""),
});

export function parseMinutesContent(value: unknown): MinutesContent {
  const parsed = storedContent.safeParse(value ?? {});
  return parsed.success ? parsed.data : { startTime: "", endTime: "", summaryByItem: {}, otherRemarks: "", secretaryName: "" };
}

/** The first draft: the scheduled times, each agenda item's notes, the conference's secretary. */
export function initialMinutesContent(context: Pick<ConferenceContext, "conference" | "secretary">, agenda: readonly { id: number; notes: string | null }[]): MinutesContent {
  return {
    startTime: formatTime(context.conference.startsAt),
    endTime: formatTime(context.conference.endsAt),
    summaryByItem: Object.fromEntries(agenda.map((item) => [String(item.id), item.notes ?? ""])),
    otherRemarks: "",
    secretaryName: context.secretary?.fullName ?? "",
  };
}
