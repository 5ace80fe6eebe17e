import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { agencies, auditLog, people } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { ConflictError, UserFacingError } from "@/lib/errors";
import { db } from "@/test/db";
import { createAgency, createPerson, unique } from "@/test/factories";
import { addAgency, addPerson, deactivateAgency, editAgency, editPerson, mergeAgency, reactivateAgency, setPersonActive } from "./commands";
import { type AgencyInput, createAgencySchema } from "./validation";

/** Runs a command as mutate() does: in one transaction, its audit rows written with it. */
function run<T>(command: (ctx: { tx: Db; audit: (entry: Parameters<typeof writeAudit>[1]) => Promise<void> }) => Promise<T>): Promise<T> {
  return db().transaction((tx) => command({ tx, audit: (entry) => writeAudit(tx, { ...entry, actorUsername: "test" }) }));
}

async function auditActions(entityType: string, id: number): Promise<string[]> {
  const rows = await db().select({ action: auditLog.action, entityType: auditLog.entityType }).from(auditLog).where(eq(auditLog.entityId, String(id))).orderBy(asc(auditLog.id));
  return rows.filter((row) => row.entityType === entityType).map((row) => row.action);
}

/** The UserFacingError a promise rejects with, as {key, field}. */
async function refusal(promise: Promise<unknown>): Promise<{ key: string; field?: string }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof UserFacingError)) throw new Error(`expected a UserFacingError, got ${String(error)}`);
  return { key: error.messageKey, field: error.field };
}

const agencyInput = (values: Partial<AgencyInput> = {}): AgencyInput => ({ name: unique("Sở"), kind: "provincial_body", ...values });
const reload = async (id: number) => (await db().select().from(agencies).where(eq(agencies.id, id)))[0];

describe("adding and editing agencies", () => {
  it("adds an agency with an audit row", async () => {
    const parent = await createAgency(db());
    const code = unique("S").toUpperCase();
    const created = await run((ctx) => addAgency(ctx, agencyInput({ code, parentId: parent.id })));
    expect(await reload(created.id)).toMatchObject({ code, parentId: parent.id, version: 1 });
    expect(await auditActions("agency", created.id)).toEqual(["agency.create"]);
  });

  it("refuses a code already in use under the code field, and writes nothing", async () => {
    const code = unique("T").toUpperCase();
    await createAgency(db(), { code });
    const name = unique("Trùng");
    expect(await refusal(run((ctx) => addAgency(ctx, agencyInput({ name, code }))))).toEqual({ key: "errors.codeTaken", field: "code" });
    expect(await db().select().from(agencies).where(eq(agencies.name, name))).toEqual([]);
  });

  it("lets an agency keep its own code on edit", async () => {
    const code = unique("K").toUpperCase();
    const agency = await createAgency(db(), { code });
    const after = await run((ctx) => editAgency(ctx, { ...agencyInput({ code, name: "Tên mới" }), id: agency.id, version: 1 }));
    expect(after).toMatchObject({ code, name: "Tên mới", version: 2 });
    expect(await auditActions("agency", agency.id)).toEqual(["agency.update"]);
  });

  it("refuses a name already used under the same parent, whatever its case, diacritics or Unicode form, under the name field", async () => {
    const parent = await createAgency(db());
    const suffix = unique("x");
    await run((ctx) => addAgency(ctx, agencyInput({ name: `Phòng Văn hóa - Thông tin ${suffix}`, parentId: parent.id })));
    for (const name of [`phong van hoa thong tin ${suffix}`, `PHÒNG VĂN HÓA – THÔNG TIN ${suffix}`, `Phòng Văn hóa - Thông tin ${suffix}`.normalize("NFD")]) {
      expect(await refusal(run((ctx) => addAgency(ctx, agencyInput({ name, parentId: parent.id }))))).toEqual({ key: "errors.agencyNameTaken", field: "name" });
    }
    // Under another parent, or once the first one has closed, the name is free.
    const elsewhere = await createAgency(db());
    await run((ctx) => addAgency(ctx, agencyInput({ name: `Phòng Văn hóa và Thông tin ${suffix}`, parentId: elsewhere.id })));
    await run((ctx) => addAgency(ctx, agencyInput({ name: `Phong Van hoa - Thong tin ${suffix}`, parentId: elsewhere.id })));
    await db().update(agencies).set({ validTo: "2025-06-30" }).where(eq(agencies.name, `Phòng Văn hóa - Thông tin ${suffix}`));
    await run((ctx) => addAgency(ctx, agencyInput({ name: `Phòng Văn hóa - Thông tin ${suffix}`, parentId: parent.id })));
    const renamed = await createAgency(db(), { name: `Đài Truyền thanh ${suffix}`, parentId: parent.id });
    const sibling = await createAgency(db(), { parentId: parent.id });
    const clash = agencyInput({ name: `dai truyen thanh ${suffix}`, parentId: parent.id });
    expect(await refusal(run((ctx) => editAgency(ctx, { ...clash, id: sibling.id, version: 1 })))).toEqual({ key: "errors.agencyNameTaken", field: "name" });
    // Keeping its own name on edit is not a clash.
    expect(await run((ctx) => editAgency(ctx, { ...agencyInput({ name: `Đài truyền thanh ${suffix}`, parentId: parent.id }), id: renamed.id, version: 1 }))).toMatchObject({ version: 2 });
  });

  it("stores names typed in decomposed Unicode as NFC, trimmed", () => {
    const parsed = createAgencySchema.safeParse({ name: `  ${"Sở Thông tin".normalize("NFD")}  `, kind: "provincial_body" });
    expect(parsed.success && parsed.data.name).toBe("Sở Thông tin");
  });

  it("refuses a parent that is the agency itself or one of its units, and an unknown parent", async () => {
    const top = await createAgency(db());
    const middle = await createAgency(db(), { parentId: top.id });
    const bottom = await createAgency(db(), { parentId: middle.id });
    const edit = (parentId: number) => run((ctx) => editAgency(ctx, { ...agencyInput({ name: top.name, parentId }), id: top.id, version: 1 }));
    expect(await refusal(edit(bottom.id))).toEqual({ key: "errors.parentCycle", field: "parentId" });
    expect(await refusal(edit(top.id))).toEqual({ key: "errors.parentCycle", field: "parentId" });
    expect(await refusal(edit(2_000_000_000))).toEqual({ key: "validation.agencyUnknown", field: "parentId" });
    expect(await reload(top.id)).toMatchObject({ parentId: null, version: 1 });
    // Moving the bottom unit to the top is fine.
    await run((ctx) => editAgency(ctx, { ...agencyInput({ name: bottom.name, parentId: top.id }), id: bottom.id, version: 1 }));
    expect((await reload(bottom.id)).parentId).toBe(top.id);
  });

  it("refuses a save based on an old version", async () => {
    const agency = await createAgency(db());
    await run((ctx) => editAgency(ctx, { ...agencyInput({ name: "Lần 1" }), id: agency.id, version: 1 }));
    await expect(run((ctx) => editAgency(ctx, { ...agencyInput({ name: "Lần 2" }), id: agency.id, version: 1 }))).rejects.toBeInstanceOf(ConflictError);
    expect((await reload(agency.id)).name).toBe("Lần 1");
  });

  it("drops the successor when an edit clears the end date", async () => {
    const successor = await createAgency(db());
    const agency = await createAgency(db(), { validTo: "2025-02-28", successorId: successor.id });
    const parsed = createAgencySchema.parse({ name: agency.name, kind: agency.kind, validTo: "" });
    const after = await run((ctx) => editAgency(ctx, { ...parsed, id: agency.id, version: 1 }));
    expect(after).toMatchObject({ validTo: null, successorId: null });
  });
});

describe("merging, stopping and reopening agencies", () => {
  it("merges from a date: the agency ends the day before and names its successor", async () => {
    const successor = await createAgency(db(), { name: unique("Sở KH&CN"), validFrom: "2025-03-01" });
    const agency = await createAgency(db(), { name: unique("Sở TT&TT"), validFrom: "2004-01-01" });
    const after = await run((ctx) => mergeAgency(ctx, { id: agency.id, version: 1, successorId: successor.id, mergeDate: "2025-03-01" }));
    expect(after).toMatchObject({ validTo: "2025-02-28", successorId: successor.id, version: 2 });
    expect(await auditActions("agency", agency.id)).toEqual(["agency.merge"]);
  });

  it("refuses a successor that does not exist on the merge date, one of the agency's units, or one merged into it", async () => {
    const agency = await createAgency(db());
    const unit = await createAgency(db(), { parentId: agency.id });
    const grandUnit = await createAgency(db(), { parentId: unit.id });
    const closed = await createAgency(db(), { validTo: "2020-12-31" });
    const later = await createAgency(db(), { validFrom: "2026-01-01" });
    const predecessor = await createAgency(db(), { validTo: "2030-12-31", successorId: agency.id });
    const merge = (successorId: number, mergeDate = "2025-03-01") => run((ctx) => mergeAgency(ctx, { id: agency.id, version: 1, successorId, mergeDate }));

    expect(await refusal(merge(closed.id))).toEqual({ key: "errors.successorInactive", field: "successorId" });
    expect(await refusal(merge(later.id))).toEqual({ key: "errors.successorInactive", field: "successorId" });
    expect(await refusal(merge(grandUnit.id))).toEqual({ key: "directory.successorDescendant", field: "successorId" });
    expect(await refusal(merge(predecessor.id))).toEqual({ key: "directory.successorCycle", field: "successorId" });
    expect(await refusal(merge(agency.id))).toEqual({ key: "errors.successorSelf", field: "successorId" });
    expect(await refusal(merge(2_000_000_000))).toEqual({ key: "validation.agencyUnknown", field: "successorId" });
    expect(await reload(agency.id)).toMatchObject({ validTo: null, successorId: null, version: 1 });
    expect(await auditActions("agency", agency.id)).toEqual([]);
  });

  it("refuses a merge or stop date that leaves no day after the start", async () => {
    const successor = await createAgency(db());
    const agency = await createAgency(db(), { validFrom: "2025-03-01" });
    expect(await refusal(run((ctx) => mergeAgency(ctx, { id: agency.id, version: 1, successorId: successor.id, mergeDate: "2025-03-01" })))).toEqual({
      key: "directory.closeBeforeStart",
      field: "mergeDate",
    });
    expect(await refusal(run((ctx) => deactivateAgency(ctx, { id: agency.id, version: 1, deactivateDate: "2025-02-01" })))).toEqual({
      key: "directory.closeBeforeStart",
      field: "deactivateDate",
    });
  });

  it("stops from a date without a successor, then reopens", async () => {
    const agency = await createAgency(db());
    expect(await run((ctx) => deactivateAgency(ctx, { id: agency.id, version: 1, deactivateDate: "2025-07-01" }))).toMatchObject({ validTo: "2025-06-30", successorId: null });
    expect(await run((ctx) => reactivateAgency(ctx, { id: agency.id, version: 2 }))).toMatchObject({ validTo: null, successorId: null, version: 3 });
    expect(await auditActions("agency", agency.id)).toEqual(["agency.deactivate", "agency.reactivate"]);
    await expect(run((ctx) => reactivateAgency(ctx, { id: agency.id, version: 2 }))).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("people", () => {
  it("adds and edits a person with audit rows and optimistic concurrency", async () => {
    const agency = await createAgency(db());
    const created = await run((ctx) => addPerson(ctx, { fullName: "Giàng Thị Hoa", position: "Phó Chủ tịch UBND tỉnh", agencyId: agency.id }));
    expect(created).toMatchObject({ agencyId: agency.id, phone: null, active: true, version: 1 });
    const edited = await run((ctx) => editPerson(ctx, { id: created.id, version: 1, fullName: "Giàng Thị Hoa", email: "hoa@dienbien.gov.vn" }));
    expect(edited).toMatchObject({ email: "hoa@dienbien.gov.vn", agencyId: null, version: 2 });
    await expect(run((ctx) => editPerson(ctx, { id: created.id, version: 1, fullName: "Cũ" }))).rejects.toBeInstanceOf(ConflictError);
    expect(await auditActions("person", created.id)).toEqual(["person.create", "person.update"]);
  });

  it("refuses a closed or unknown agency for a new choice, but lets a person keep a dissolved one", async () => {
    const closed = await createAgency(db(), { validTo: "2020-12-31" });
    const fullName = unique("Người");
    expect(await refusal(run((ctx) => addPerson(ctx, { fullName, agencyId: closed.id })))).toEqual({ key: "directory.agencyClosed", field: "agencyId" });
    expect(await refusal(run((ctx) => addPerson(ctx, { fullName, agencyId: 2_000_000_000 })))).toEqual({ key: "validation.agencyUnknown", field: "agencyId" });
    expect(await db().select().from(people).where(eq(people.fullName, fullName))).toEqual([]);

    const member = await createPerson(db(), { agencyId: closed.id });
    expect(await run((ctx) => editPerson(ctx, { id: member.id, version: 1, fullName: member.fullName, agencyId: closed.id, phone: "0215 3825 000" }))).toMatchObject({
      agencyId: closed.id,
      phone: "0215 3825 000",
    });
  });

  it("deactivates and reactivates, and asking for the current state writes nothing", async () => {
    const person = await createPerson(db());
    expect(await run((ctx) => setPersonActive(ctx, { id: person.id, version: 1 }, false))).toMatchObject({ active: false, version: 2 });
    expect(await run((ctx) => setPersonActive(ctx, { id: person.id, version: 2 }, false))).toMatchObject({ active: false, version: 2 });
    expect(await run((ctx) => setPersonActive(ctx, { id: person.id, version: 2 }, true))).toMatchObject({ active: true, version: 3 });
    expect(await auditActions("person", person.id)).toEqual(["person.deactivate", "person.reactivate"]);
  });
});
