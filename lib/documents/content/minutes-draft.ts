import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { minutesDrafts } from "@/db/schema";
import { formatTime } from "@/lib/format";
import type { ConferenceContext } from "./context";

/*
 * The secretary's draft of the minutes (minutes_drafts.content): start and end time, a
 * summary per agenda item, other remarks and the secretary's name. Made from the conference
 * the first time the editor opens it, then edited (with a version check) until issued.
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

export interface MinutesDraft {
  content: MinutesContent;
  version: number;
  updatedAt: Date;
}

export async function loadMinutesDraft(db: Db, conferenceId: number): Promise<MinutesDraft | null> {
  const [row] = await db.select().from(minutesDrafts).where(eq(minutesDrafts.conferenceId, conferenceId)).limit(1);
  return row ? { content: parseMinutesContent(row.content), version: row.version, updatedAt: row.updatedAt } : null;
}

/**
 * The draft, made from the conference data on first open. Two secretaries opening it at once
 * both end up with the one row: the second insert does nothing and the row is read back.
 */
export async function ensureMinutesDraft(db: Db, conferenceId: number, initial: () => MinutesContent): Promise<MinutesDraft> {
  const existing = await loadMinutesDraft(db, conferenceId);
  if (existing) return existing;
  await db.insert(minutesDrafts).values({ conferenceId, content: initial() }).onConflictDoNothing();
  const created = await loadMinutesDraft(db, conferenceId);
  if (!created) throw new Error(`minutes draft of conference ${conferenceId} could not be created`);
  return created;
}
