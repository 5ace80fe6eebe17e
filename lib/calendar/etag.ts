import { createHash } from "node:crypto";
import type { IcsOptions } from "./ics";

/*
 * Conditional GET for the subscription feed. Calendar programs poll the URL every few
 * minutes to hours; most polls find nothing new. The ETag is computed from the feed's
 * version (lib/calendar/queries.ts feedVersion: one row, no agenda, no text) and the
 * options that go into the text, so a 304 is answered without building the iCalendar.
 * It is a strong ETag: buildIcs writes the same bytes for the same data.
 */

/** Raise when buildIcs changes what it writes, so clients holding an old ETag get the new text. */
const FEED_FORMAT = "3";

export function feedEtag(version: string, options: IcsOptions): string {
  const hash = createHash("sha256").update([FEED_FORMAT, version, options.origin, options.calendarName, options.agendaHeading].join("\n"), "utf8").digest("base64url");
  return `"${hash.slice(0, 32)}"`;
}

/**
 * Whether an If-None-Match header names this ETag (RFC 9110 §13.1.2: "*" or a list, compared
 * weakly, so a W/ prefix a proxy may have added does not matter).
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === etag);
}
