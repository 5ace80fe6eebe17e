import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { agencies, auditLog, people, type Role } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { idleFormState } from "@/lib/form-state";
import { db } from "@/test/db";
import { createAgency, createPerson, createUser, unique } from "@/test/factories";

import { form, Redirected, request, signedIn } from "@/test/next-request";

const actions = await import("./actions");


async function signInAs(role: Role, agencyId: number | null = null) {
  const row = await createUser(db(), { role, agencyId });
  request.user = signedIn(row);
}

async function auditRows(entityType: string, id: number) {
  return (await db().select().from(auditLog).where(eq(auditLog.entityId, String(id)))).filter((row) => row.entityType === entityType);
}

beforeEach(() => {
  request.user = null;
});

describe("agency actions", () => {
  it("refuse everyone but administrators and leave the database unchanged", async () => {
    const target = await createAgency(db());
    const successor = await createAgency(db());
    for (const role of ["secretariat", "leader", "unit_officer", "viewer"] as const) {
      await signInAs(role, target.id);
      const name = unique("Lạ");
      const results = [
        await actions.createAgencyAction(idleFormState, form({ name, kind: "other" })),
        await actions.updateAgencyAction(idleFormState, form({ id: target.id, version: 1, name: "Đổi tên", kind: "other" })),
        await actions.mergeAgencyAction(idleFormState, form({ id: target.id, version: 1, successorId: successor.id, mergeDate: "2025-03-01" })),
        await actions.deactivateAgencyAction(idleFormState, form({ id: target.id, version: 1, deactivateDate: "2025-03-01" })),
        await actions.reactivateAgencyAction(idleFormState, form({ id: target.id, version: 1 })),
      ];
      for (const result of results) expect(result).toMatchObject({ status: "error", message: "errors.forbidden" });
      expect(await db().select().from(agencies).where(eq(agencies.name, name))).toEqual([]);
    }
    const [after] = await db().select().from(agencies).where(eq(agencies.id, target.id));
    expect(after).toMatchObject({ name: target.name, validTo: null, successorId: null, version: 1 });
    expect(await auditRows("agency", target.id)).toEqual([]);
  });

  it("refuse a signed-out visitor", async () => {
    const target = await createAgency(db());
    expect(await actions.reactivateAgencyAction(idleFormState, form({ id: target.id, version: 1 }))).toMatchObject({ status: "error", message: "errors.signedOut" });
  });

  it("create an agency for an administrator and go to its page", async () => {
    await signInAs("admin");
    const code = unique("M").toUpperCase();
    const attempt = actions.createAgencyAction(idleFormState, form({ name: "Sở Khoa học và Công nghệ", code: code.toLowerCase(), kind: "provincial_body", validFrom: "2025-03-01" }));
    await expect(attempt).rejects.toThrow(Redirected);
    const [created] = await db().select().from(agencies).where(eq(agencies.code, code));
    expect(created).toMatchObject({ name: "Sở Khoa học và Công nghệ", validFrom: "2025-03-01" });
    await expect(attempt).rejects.toMatchObject({ url: `/directory/agencies/${created.id}?notice=directory.agencyCreated` });
  });

  it("put each problem under its field, keep what was typed and write nothing", async () => {
    await signInAs("admin");
    const code = unique("D").toUpperCase();
    await createAgency(db(), { code });
    const name = unique("Trùng ký hiệu");
    const taken = await actions.createAgencyAction(idleFormState, form({ name, code, kind: "other" }));
    expect(taken).toMatchObject({ status: "error", fieldErrors: { code: "errors.codeTaken" }, values: { name, code } });
    const badRange = await actions.createAgencyAction(idleFormState, form({ name, code: "", kind: "other", validFrom: "2025-03-01", validTo: "2025-01-01" }));
    expect(badRange).toMatchObject({ status: "error", fieldErrors: { validTo: "validation.dateRange" } });
    expect(await db().select().from(agencies).where(eq(agencies.name, name))).toEqual([]);
  });

  it("merge for an administrator, with the audit row in the same transaction", async () => {
    await signInAs("admin");
    const successor = await createAgency(db());
    const agency = await createAgency(db());
    expect(await actions.mergeAgencyAction(idleFormState, form({ id: agency.id, version: 1, successorId: successor.id, mergeDate: "2025-03-01" }))).toMatchObject({
      status: "ok",
      message: "directory.agencyMerged",
    });
    const [after] = await db().select().from(agencies).where(eq(agencies.id, agency.id));
    expect(after).toMatchObject({ validTo: "2025-02-28", successorId: successor.id });
    expect((await auditRows("agency", agency.id)).map((row) => row.action)).toEqual(["agency.merge"]);
  });
});

describe("person actions", () => {
  it("refuse leaders, unit officers (even of the person's own agency) and viewers and leave the database unchanged", async () => {
    const agency = await createAgency(db());
    const target = await createPerson(db(), { agencyId: agency.id });
    for (const role of ["leader", "unit_officer", "viewer"] as const) {
      await signInAs(role, agency.id);
      const fullName = unique("Lạ");
      const results = [
        await actions.createPersonAction(idleFormState, form({ fullName })),
        await actions.updatePersonAction(idleFormState, form({ id: target.id, version: 1, fullName: "Đổi" })),
        await actions.deactivatePersonAction(idleFormState, form({ id: target.id, version: 1 })),
        await actions.reactivatePersonAction(idleFormState, form({ id: target.id, version: 1 })),
      ];
      for (const result of results) expect(result).toMatchObject({ status: "error", message: "errors.forbidden" });
      expect(await db().select().from(people).where(eq(people.fullName, fullName))).toEqual([]);
    }
    const [after] = await db().select().from(people).where(eq(people.id, target.id));
    expect(after).toMatchObject({ fullName: target.fullName, active: true, version: 1 });
  });

  it("let the secretariat add, edit and deactivate people", async () => {
    await signInAs("secretariat");
    const fullName = unique("Lò Văn");
    await expect(actions.createPersonAction(idleFormState, form({ fullName, phone: "0215 3825 000" }))).rejects.toThrow(Redirected);
    const [created] = await db().select().from(people).where(eq(people.fullName, fullName));
    expect(created).toMatchObject({ phone: "0215 3825 000" });
    const bad = await actions.updatePersonAction(idleFormState, form({ id: created.id, version: 1, fullName, email: "sai@" }));
    expect(bad).toMatchObject({ status: "error", fieldErrors: { email: "validation.email" } });
    expect(await actions.deactivatePersonAction(idleFormState, form({ id: created.id, version: 1 }))).toMatchObject({ status: "ok" });
    const [after] = await db().select().from(people).where(eq(people.id, created.id));
    expect(after).toMatchObject({ active: false, email: null, version: 2 });
    expect((await auditRows("person", created.id)).map((row) => row.action).sort()).toEqual(["person.create", "person.deactivate"]);
  });
});

