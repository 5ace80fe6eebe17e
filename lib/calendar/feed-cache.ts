/*
 * Rendered subscription feeds, kept by their strong ETag (lib/calendar/etag.ts). The ETag
 * names exactly what the text is made of (the conferences with their sequence and version,
 * the options, the format), so the same ETag always means the same bytes and a stored text
 * is never stale. This serves the programs that poll without If-None-Match, and the users
 * who see the same conferences (every role but unit officers sees all of them, so leaders,
 * the secretariat and viewers share one entry): 3 201 events cost some 100 ms of CPU to
 * read and write, a stored copy nothing. Least recently used first out, bounded in bytes.
 */

const MAX_BYTES = 16 * 1024 * 1024;
/** A single feed above this is not kept, so one huge calendar cannot push out all the others. */
const MAX_ENTRY_BYTES = 4 * 1024 * 1024;

// A Map iterates in insertion order: re-inserting on use keeps the least recent first.
const entries = new Map<string, Uint8Array<ArrayBuffer>>();
let storedBytes = 0;

export function cachedFeed(etag: string): Uint8Array<ArrayBuffer> | undefined {
  const body = entries.get(etag);
  if (body) {
    entries.delete(etag);
    entries.set(etag, body);
  }
  return body;
}

export function rememberFeed(etag: string, body: Uint8Array<ArrayBuffer>): void {
  if (body.byteLength > MAX_ENTRY_BYTES || entries.has(etag)) return;
  entries.set(etag, body);
  storedBytes += body.byteLength;
  for (const [key, value] of entries) {
    if (storedBytes <= MAX_BYTES) break;
    entries.delete(key);
    storedBytes -= value.byteLength;
  }
}
