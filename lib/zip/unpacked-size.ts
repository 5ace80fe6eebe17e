import { Inflate } from "fflate";

/*
 * How much a zip archive (an .xlsx) really unpacks to, found by inflating it in small
 * steps and counting the bytes that come out — never by trusting the sizes its headers
 * declare, which an attacker writes. Readers that unpack a whole archive into memory
 * (exceljs) are only handed archives that passed this. The entries are located exactly
 * as JSZip (inside exceljs) locates them: from the central directory, data after each
 * local header, so what is measured here is what the reader will unpack.
 */

export interface UnpackLimits {
  /** The most one entry may unpack to. */
  perEntry: number;
  /** The most all entries together may unpack to. */
  total: number;
  /** The most entries an archive may have. */
  entries: number;
}

export type UnpackVerdict = { ok: true; unpackedBytes: number } | { ok: false; reason: "unreadable" | "tooLarge" };

/** Compressed bytes fed to the inflater per step: deflate expands at most ~1032×, so one step yields about 1 MB at most. */
const STEP_BYTES = 1024;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ZIP64_MARKER = 0xffffffff;

class TooLarge extends Error {}

interface Entry {
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

function readEntries(bytes: Uint8Array, maxEntries: number): Entry[] | "unreadable" | "tooLarge" {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  // The end record is the last 22 bytes plus a comment of at most 65,535 bytes.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return "unreadable";
  const count = view.getUint16(end + 10, true);
  if (count > maxEntries) return "tooLarge";
  let at = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return "unreadable";
    const compressedSize = view.getUint32(at + 20, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    // ZIP64 (archives past 4 GB): no spreadsheet template needs it.
    if (compressedSize === ZIP64_MARKER || localHeaderOffset === ZIP64_MARKER) return "unreadable";
    entries.push({ method: view.getUint16(at + 10, true), compressedSize, localHeaderOffset });
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

function entryData(bytes: Uint8Array, entry: Entry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) return null;
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Inflates one entry step by step, stopping as soon as it passes `limit` bytes; returns its real size. */
function inflatedSize(data: Uint8Array, limit: number): number {
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > limit) throw new TooLarge();
  });
  for (let at = 0; at < data.length; at += STEP_BYTES) {
    const end = Math.min(at + STEP_BYTES, data.length);
    inflater.push(data.subarray(at, end), end === data.length);
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  return size;
}

/** Measures what the archive unpacks to and refuses it once any entry or the total passes the limits. */
export function checkUnpackedSize(bytes: Uint8Array, limits: UnpackLimits): UnpackVerdict {
  const entries = readEntries(bytes, limits.entries);
  if (typeof entries === "string") return { ok: false, reason: entries };
  let total = 0;
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (!data) return { ok: false, reason: "unreadable" };
    const allowed = Math.min(limits.perEntry, limits.total - total);
    let size: number;
    if (entry.method === STORED) size = data.length;
    else if (entry.method === DEFLATED) {
      try {
        size = inflatedSize(data, allowed);
      } catch (error) {
        return { ok: false, reason: error instanceof TooLarge ? "tooLarge" : "unreadable" };
      }
    } else return { ok: false, reason: "unreadable" };
    if (size > allowed) return { ok: false, reason: "tooLarge" };
    total += size;
  }
  return { ok: true, unpackedBytes: total };
}
