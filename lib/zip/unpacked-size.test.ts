import { describe, expect, it } from "vitest";
import { buildZip } from "./test-helpers";
import { checkUnpackedSize } from "./unpacked-size";

const MB = 1024 * 1024;
const limits = { perEntry: 30 * MB, total: 40 * MB, entries: 1000 };

describe("checkUnpackedSize", () => {
  it("measures what an honest archive unpacks to, deflated and stored", () => {
    const text = Buffer.from("<a>xin chào</a>".repeat(100));
    const zip = buildZip([
      { name: "a.xml", content: text },
      { name: "b.bin", content: Buffer.alloc(500, 7), stored: true },
    ]);
    expect(checkUnpackedSize(zip, limits)).toEqual({ ok: true, unpackedBytes: text.length + 500 });
  });

  it("refuses a zip bomb whose headers claim a tiny size, after inflating no more than the limit", () => {
    // 64 MiB of zeros deflates to about 64 KiB; its headers say 1 000 bytes.
    const bomb = buildZip([{ name: "xl/worksheets/sheet1.xml", content: Buffer.alloc(64 * MB), declaredSize: 1000 }]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(checkUnpackedSize(bomb, limits)).toEqual({ ok: false, reason: "tooLarge" });
  });

  it("holds each entry and the total to their limits, and caps the number of entries", () => {
    const entry = (name: string, size: number) => ({ name, content: Buffer.alloc(size), declaredSize: 10 });
    expect(checkUnpackedSize(buildZip([entry("one", 31 * MB)]), limits)).toEqual({ ok: false, reason: "tooLarge" });
    expect(checkUnpackedSize(buildZip([entry("one", 25 * MB), entry("two", 25 * MB)]), limits)).toEqual({ ok: false, reason: "tooLarge" });
    expect(checkUnpackedSize(buildZip([entry("one", 25 * MB), entry("two", 10 * MB)]), limits)).toMatchObject({ ok: true });
    const many = buildZip(Array.from({ length: 5 }, (_, i) => entry(`p${i}`, 10)));
    expect(checkUnpackedSize(many, { ...limits, entries: 4 })).toEqual({ ok: false, reason: "tooLarge" });
  });

  it("calls a damaged archive unreadable", () => {
    const zip = buildZip([{ name: "a.xml", content: Buffer.from("<a/>".repeat(1000)) }]);
    expect(checkUnpackedSize(zip.slice(0, 40), limits)).toEqual({ ok: false, reason: "unreadable" });
    const corrupted = Uint8Array.from(zip);
    corrupted.fill(0xff, 40, 60);
    expect(checkUnpackedSize(corrupted, limits)).toEqual({ ok: false, reason: "unreadable" });
  });
});
