import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog as auditTable, indicatorPlans, indicators } from "@/db/schema";
import { idleFormState } from "@/lib/form-state";
import { db } from "@/test/db";
import { createAgency, createUser, unique } from "@/test/factories";
import { form, Redirected, request, signedIn } from "@/test/next-request";
import { addValue, createIndicator } from "./catalogue-test-helpers";

const actions = await import("./catalogue-actions");

beforeEach(() => {
  request.user = null;
});

async function snapshot() {
  const [i] = await db().select({ n: count() }).from(indicators);
  const [p] = await db().select({ n: count() }).from(indicatorPlans);
  const [a] = await db().select({ n: count() }).from(auditTable);
  return { indicators: i.n, plans: p.n, audit: a.n };
}

const fields = () => ({ code: unique("GS").toUpperCase(), nameVi: "Giờ phát sóng phát thanh", unit: "giờ", sector: "broadcasting", kind: "flow", decimals: "0" });

async function redirectOf(result: Promise<unknown>): Promise<string> {
  const error = await result.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Redirected);
  return (error as Redirected).url;
}

describe("catalogue actions", () => {
  it("refuse everyone but the admin for the catalogue, and viewers, leaders and unit officers for plans; nothing changes", async () => {
    const target = await createIndicator(db());
    const agency = await createAgency(db());
    const before = await snapshot();
    for (const role of ["viewer", "leader", "unit_officer", "secretariat"] as const) {
      request.user = signedIn(await createUser(db(), { role, agencyId: role === "unit_officer" ? agency.id : null }));
      const forbidden = { status: "error", message: "errors.forbidden" };
      expect(await actions.createIndicatorAction(idleFormState, form(fields()))).toEqual(forbidden);
      expect(await actions.updateIndicatorAction(idleFormState, form({ ...fields(), id: target.id, version: 1 }))).toEqual(forbidden);
      expect(await actions.retireIndicatorAction(idleFormState, form({ id: target.id, version: 1, retireFrom: "01/01/2013" }))).toEqual(forbidden);
      expect(await actions.deleteIndicatorAction(idleFormState, form({ id: target.id, version: 1 }))).toEqual(forbidden);
      if (role !== "secretariat") expect(await actions.savePlansAction(idleFormState, form({ year: 2012, [`target_${target.id}`]: "10" }))).toEqual(forbidden);
    }
    request.user = null;
    expect(await actions.createIndicatorAction(idleFormState, form(fields()))).toMatchObject({ status: "error", message: "errors.signedOut" });
    expect(await snapshot()).toEqual(before);
  });

  it("let the admin create and edit, with the code error under its field and the typed values kept", async () => {
    request.user = signedIn(await createUser(db(), { role: "admin" }));
    const values = fields();
    const url = await redirectOf(actions.createIndicatorAction(idleFormState, form(values)));
    const [row] = await db().select().from(indicators).where(eq(indicators.code, values.code));
    expect(url).toBe(`/indicators/${row.id}?notice=indicators.messages.created`);

    const duplicate = await actions.createIndicatorAction(idleFormState, form({ ...fields(), code: values.code.toLowerCase(), nameVi: "Bản trùng" }));
    expect(duplicate).toMatchObject({ status: "error", fieldErrors: { code: "indicators.errors.codeTaken" }, values: { nameVi: "Bản trùng" } });
    const badDecimals = await actions.createIndicatorAction(idleFormState, form({ ...fields(), decimals: "7" }));
    expect(badDecimals).toMatchObject({ fieldErrors: { decimals: "indicators.errors.decimals" } });

    await redirectOf(actions.updateIndicatorAction(idleFormState, form({ ...values, nameVi: "Giờ phát sóng", id: row.id, version: 1 })));
    const stale = await actions.updateIndicatorAction(idleFormState, form({ ...values, nameVi: "Cũ", id: row.id, version: 1 }));
    expect(stale).toMatchObject({ status: "error", message: "errors.conflict" });
    expect((await db().select().from(indicators).where(eq(indicators.id, row.id)))[0]).toMatchObject({ nameVi: "Giờ phát sóng", version: 2 });
  });

  it("refuse to delete an indicator with figures, saying it can only be retired; retiring works", async () => {
    request.user = signedIn(await createUser(db(), { role: "admin" }));
    const agency = await createAgency(db());
    const used = await createIndicator(db());
    await addValue(db(), { indicatorId: used.id, agencyId: agency.id, periodCode: "2012-H1", value: "1" });
    expect(await actions.deleteIndicatorAction(idleFormState, form({ id: used.id, version: 1 }))).toMatchObject({ status: "error", message: "indicators.errors.inUse" });
    expect(await redirectOf(actions.retireIndicatorAction(idleFormState, form({ id: used.id, version: 1, retireFrom: "01/01/2013" })))).toBe(`/indicators/${used.id}?notice=indicators.messages.retired`);
    expect((await db().select().from(indicators).where(eq(indicators.id, used.id)))[0].validTo).toBe("2012-12-31");

    const unused = await createIndicator(db());
    expect(await redirectOf(actions.deleteIndicatorAction(idleFormState, form({ id: unused.id, version: 1 })))).toBe("/indicators?deleted=1");
    expect(await db().select().from(indicators).where(eq(indicators.id, unused.id))).toEqual([]);
  });

  it("let the secretariat save a year's plans and show a malformed target under its row", async () => {
    request.user = signedIn(await createUser(db(), { role: "secretariat" }));
    const [a, b] = [await createIndicator(db()), await createIndicator(db(), { kind: "ratio", unit: "%" })];
    const bad = await actions.savePlansAction(idleFormState, form({ year: 2012, [`target_${a.id}`]: "mười", [`target_${b.id}`]: "89,16" }));
    expect(bad).toMatchObject({ status: "error", fieldErrors: { [`target_${a.id}`]: "indicators.plans.errors.number" }, values: { [`target_${a.id}`]: "mười" } });
    expect(await db().select().from(indicatorPlans).where(eq(indicatorPlans.indicatorId, b.id))).toEqual([]);
    const url = await redirectOf(actions.savePlansAction(idleFormState, form({ year: 2012, [`target_${a.id}`]: "1.200", [`target_${b.id}`]: "89,16" })));
    expect(url).toBe("/indicators/plans?year=2012&saved=1");
    expect((await db().select().from(indicatorPlans).where(eq(indicatorPlans.indicatorId, a.id)))[0].target).toBe("1200.0000");
  });
});
