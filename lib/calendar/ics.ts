import { createEvents, type EventAttributes, type EventStatus } from "ics";
import type { ConferenceStatus } from "@/db/schema";

/** What a calendar event needs from a conference; the queries fill it in. */
export interface IcsConference {
  id: number;
  title: string;
  status: ConferenceStatus;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  /** Last saved change of the conference; written as DTSTAMP so the same data gives the same bytes. */
  updatedAt: Date;
  agendaTitles: string[];
}

export interface IcsOptions {
  /** Origin of the app ("https://nghisu.dienbien.gov.vn"), for each event's URL. */
  origin: string;
  calendarName: string;
  /** Heading of the agenda in the description ("Chương trình:"). */
  agendaHeading: string;
}

/** Stable across edits and exports, so a calendar program updates the event instead of adding another. */
export const conferenceUid = (id: number) => `conference-${id}@nghisu`;

export function icsStatus(status: ConferenceStatus): EventStatus {
  if (status === "cancelled") return "CANCELLED";
  if (status === "draft" || status === "postponed") return "TENTATIVE";
  return "CONFIRMED";
}

function description(conference: IcsConference, heading: string): string | undefined {
  if (conference.agendaTitles.length === 0) return undefined;
  return [heading, ...conference.agendaTitles.map((title, index) => `${index + 1}. ${title}`)].join("\n");
}

/**
 * The iCalendar text for some conferences. Times are written in UTC (…Z) so every
 * program shows them right whatever its own time zone; SEQUENCE is the conference's
 * counter, raised on each change, so subscribers pick the change up. The `ics` package checks
 * every event against its schema (about 0,35 ms an event, a second for a leader's feed of
 * 3 000 conferences), so the feed route keeps built feeds (feed-cache.ts) and answers
 * 304 to calendar programs that already have the current one.
 */
export function buildIcs(conferences: readonly IcsConference[], options: IcsOptions): string {
  const events: EventAttributes[] = conferences.map((conference) => ({
    uid: conferenceUid(conference.id),
    sequence: conference.sequence,
    status: icsStatus(conference.status),
    start: conference.startsAt.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: conference.endsAt.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    title: conference.title,
    location: conference.venue ?? undefined,
    description: description(conference, options.agendaHeading),
    url: `${options.origin}/conferences/${conference.id}`,
    // DTSTAMP from the data rather than "now": the same conferences give the same bytes, which the feed's ETag relies on.
    timestamp: conference.updatedAt.getTime(),
    productId: "nghisu/conferences",
    calName: options.calendarName,
  }));
  const { error, value } = createEvents(events, { productId: "nghisu/conferences", calName: options.calendarName });
  if (error || value === null) throw error ?? new Error("ics generation failed");
  return refoldByOctets(value);
}

const utf8 = new TextEncoder();
const MAX_LINE_OCTETS = 75;

/**
 * RFC 5545 §3.1 limits a content line to 75 octets, but the `ics` package folds every 75
 * characters: a Vietnamese title ("Hội nghị sơ kết…", 2–3 octets a letter) comes out at up
 * to ~200 octets a line, which strict readers reject or cut. So its folds are undone and each
 * line folded again at 75 octets, never inside a character (a continuation line starts with a
 * space, which counts towards its 75).
 */
export function refoldByOctets(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, "").split("\r\n");
  return lines.map(foldLine).join("\r\n");
}

function foldLine(line: string): string {
  if (utf8.encode(line).length <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = utf8.encode(char).length;
    // The first line holds 75 octets; the others 74 after their leading space.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** The .ics download header, with the same Vietnamese file name rules as every download. */
export { contentDisposition as icsContentDisposition } from "@/lib/storage/content-disposition";

export const ICS_CONTENT_TYPE = "text/calendar; charset=utf-8";
