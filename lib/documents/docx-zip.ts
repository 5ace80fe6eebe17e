/*
 * The docx library stamps the moment of packing into the file twice: in the core properties
 * (docProps/core.xml, replaced by docx.ts with the document's own date) and in the
 * modification time of every entry of the zip. This fixes the zip times to the document's
 * date, so the same document gives the same bytes whenever it is rendered.
 */

const CENTRAL_ENTRY = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const LOCAL_ENTRY = 0x04034b50;

/** The MS-DOS date of a yyyy-MM-dd day (the zip format's date field). */
export function dosDate(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`Not a yyyy-MM-dd date: ${isoDate}`);
  const year = Math.min(Math.max(Number(match[1]), 1980), 2107);
  return ((year - 1980) << 9) | (Number(match[2]) << 5) | Number(match[3]);
}

/**
 * Sets every entry's modification time to 00:00 on the given day, in the central directory
 * and in each local header. Only these header fields change: the checksums cover the
 * contents, not the headers, so the archive stays valid.
 */
export function withFixedZipTimes(zip: Buffer, isoDate: string): Buffer {
  const date = dosDate(isoDate);
  const out = Buffer.from(zip);
  let end = out.length - 22;
  while (end >= 0 && out.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new Error("Not a zip archive");
  const entries = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(at) !== CENTRAL_ENTRY) throw new Error("Unexpected zip central directory");
    out.writeUInt16LE(0, at + 12);
    out.writeUInt16LE(date, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL_ENTRY) throw new Error("Unexpected zip local header");
    out.writeUInt16LE(0, local + 10);
    out.writeUInt16LE(date, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
