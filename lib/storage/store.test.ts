import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { storedFiles } from "@/db/schema";
import { db } from "@/test/db";
import { createUser } from "@/test/factories";
import { fileStore, MAX_FILE_BYTES } from "./store";
import { PDF_BYTES } from "./test-helpers";

const NAME = "Báo cáo 6 tháng đầu năm 2012.pdf";

async function countFor(ownerId: number): Promise<number> {
  return (await db().select({ id: storedFiles.id }).from(storedFiles).where(eq(storedFiles.ownerId, ownerId))).length;
}

describe("database file store", () => {
  it("stores and returns the exact bytes with the Vietnamese name, detected type and sha256", async () => {
    const user = await createUser(db(), { displayName: "Lò Văn Thư" });
    const bytes = Buffer.concat([PDF_BYTES, Buffer.from([0, 1, 2, 255, 254])]);
    const meta = await fileStore.put({ ownerType: "conference", ownerId: 901, fileName: NAME, bytes, uploadedById: user.id }, db());
    expect(meta).toMatchObject({ ownerType: "conference", ownerId: 901, fileName: NAME, contentType: "application/pdf", byteSize: bytes.length, uploadedById: user.id });
    expect(meta.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(meta).not.toHaveProperty("content");

    const file = await fileStore.get(meta.id, db());
    expect(file?.meta).toEqual(meta);
    expect(Buffer.compare(file?.bytes ?? Buffer.alloc(0), bytes)).toBe(0);
    expect(await fileStore.head(meta.id, db())).toEqual(meta);

    const listed = await fileStore.list("conference", 901, db());
    expect(listed).toEqual([{ ...meta, uploadedByName: "Lò Văn Thư" }]);
    for (const row of listed) expect(Object.keys(row)).not.toContain("content");
    expect(await fileStore.list("agenda_item", 901, db())).toEqual([]);

    expect(await fileStore.remove(meta.id, db())).toEqual(meta);
    expect(await fileStore.get(meta.id, db())).toBeNull();
  });

  it("lists the files of several owners in one query (an agenda's items)", async () => {
    const a = await fileStore.put({ ownerType: "agenda_item", ownerId: 911, fileName: "Báo cáo.pdf", bytes: PDF_BYTES, uploadedById: null }, db());
    const b = await fileStore.put({ ownerType: "agenda_item", ownerId: 912, fileName: "Tham luận.txt", bytes: Buffer.from("Tham luận"), uploadedById: null }, db());
    await fileStore.put({ ownerType: "agenda_item", ownerId: 913, fileName: "Khác.txt", bytes: Buffer.from("Khác"), uploadedById: null }, db());
    const listed = await fileStore.list("agenda_item", [911, 912], db());
    expect(listed.map((row) => row.id).sort()).toEqual([a.id, b.id].sort());
    expect(await fileStore.list("agenda_item", [], db())).toEqual([]);
  });

  it("lists newest first in one query, without the content column", async () => {
    const first = await fileStore.put({ ownerType: "conference", ownerId: 902, fileName: "a.pdf", bytes: PDF_BYTES, uploadedById: null }, db());
    const second = await fileStore.put({ ownerType: "conference", ownerId: 902, fileName: "b.txt", bytes: Buffer.from("Ghi chú"), uploadedById: null }, db());
    await db().update(storedFiles).set({ uploadedAt: new Date("2012-07-01T00:00:00Z") }).where(eq(storedFiles.id, first.id));
    const listed = await fileStore.list("conference", 902, db());
    expect(listed.map((row) => row.id)).toEqual([second.id, first.id]);
    expect(listed[1]).toMatchObject({ uploadedByName: null, contentType: "application/pdf" });
    expect(listed.some((row) => "content" in row)).toBe(false);
  });

  it("refuses a file over 20 MB or an empty one and writes nothing", async () => {
    const tooBig = Buffer.alloc(MAX_FILE_BYTES + 1);
    PDF_BYTES.copy(tooBig);
    await expect(fileStore.put({ ownerType: "conference", ownerId: 903, fileName: "lon.pdf", bytes: tooBig, uploadedById: null }, db())).rejects.toMatchObject({ messageKey: "files.tooLarge", field: "file" });
    await expect(fileStore.put({ ownerType: "conference", ownerId: 903, fileName: "rong.pdf", bytes: Buffer.alloc(0), uploadedById: null }, db())).rejects.toMatchObject({ messageKey: "files.emptyFile", field: "file" });
    await expect(fileStore.put({ ownerType: "conference", ownerId: 903, fileName: "trang.pdf", bytes: Buffer.from("<html></html>"), uploadedById: null }, db())).rejects.toMatchObject({ messageKey: "files.typeNotAllowed" });
    expect(await countFor(903)).toBe(0);
    // Exactly the limit is still accepted.
    const atLimit = Buffer.alloc(MAX_FILE_BYTES);
    PDF_BYTES.copy(atLimit);
    expect((await fileStore.put({ ownerType: "conference", ownerId: 903, fileName: "vua.pdf", bytes: atLimit, uploadedById: null }, db())).byteSize).toBe(MAX_FILE_BYTES);
  });

  it("treats a malformed or unknown id as not found", async () => {
    expect(await fileStore.get("not-a-uuid", db())).toBeNull();
    expect(await fileStore.head("1 or 1=1", db())).toBeNull();
    expect(await fileStore.get("00000000-0000-4000-8000-000000000000", db())).toBeNull();
    expect(await fileStore.remove("x", db())).toBeNull();
  });
});
