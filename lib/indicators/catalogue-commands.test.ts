import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { directiveIndicators, directives, indicatorPlans, indicatorReporters, indicators } from "@/db/schema";
import { auditLog, createConference } from "@/lib/directives/test-helpers";
import { db } from "@/test/db";
import { createAgency, unique } from "@/test/factories";
import { createIndicator, deleteIndicator, retireIndicator, updateIndicator } from "./catalogue-commands";
import { addValue, createIndicator as insertIndicator } from "./catalogue-test-helpers";
import { createIndicatorSchema, deleteIndicatorSchema, retireIndicatorSchema, updateIndicatorSchema } from "./catalogue-validation";

const form = (values: Record<string, string | number>) => createIndicatorSchema.parse(values);
const base = () => ({ code: unique("TB").toUpperCase(), nameVi: "Thuê bao điện thoại", unit: "thuê bao", sector: "postal_telecom", kind: "stock", decimals: "0" });
const create = (values: Record<string, string | number>, log = auditLog()) => db().transaction((tx) => createIndicator({ tx, actorId: null, audit: log.audit }, form(values)));
const update = (values: Record<string, string | number>, log = auditLog()) =>
  db().transaction((tx) => updateIndicator({ tx, actorId: null, audit: log.audit }, updateIndicatorSchema.parse(values)));

describe("catalogue validation", () => {
  it("reads the form: agencies from their checkboxes, dates typed dd/MM/yyyy, decimals 0–4", () => {
    const parsed = form({ ...base(), decimals: "2", sortOrder: "", validFrom: "01/01/2012", agency_4: "on", agency_9: "on", agency_x: "on", nonNegative: "on" });
    expect(parsed).toMatchObject({ decimals: 2, sortOrder: 0, validFrom: "2012-01-01", nonNegative: true, reporterIds: [4, 9] });
    const issue = (values: Record<string, string>) => createIndicatorSchema.safeParse(values).error?.issues[0];
    expect(issue({ ...base(), decimals: "5" })).toMatchObject({ path: ["decimals"], message: "indicators.errors.decimals" });
    expect(issue({ ...base(), code: "BC 01" })).toMatchObject({ path: ["code"], message: "indicators.errors.codeFormat" });
    expect(issue({ ...base(), validFrom: "01/07/2012", validTo: "30/06/2012" })).toMatchObject({ path: ["validTo"], message: "validation.dateRange" });
    expect(issue({ ...base(), kind: "average" })).toMatchObject({ path: ["kind"] });
  });
});

describe("catalogue commands", () => {
  it("creates an indicator with its reporting agencies and audits it", async () => {
    const [a, b] = [await createAgency(db()), await createAgency(db())];
    const log = auditLog();
    const row = await create({ ...base(), nameEn: "Telephone subscribers", [`agency_${a.id}`]: "on", [`agency_${b.id}`]: "on" }, log);
    expect(row).toMatchObject({ nameEn: "Telephone subscribers", kind: "stock", decimals: 0, version: 1 });
    const reporters = await db().select().from(indicatorReporters).where(eq(indicatorReporters.indicatorId, row.id));
    expect(reporters.map((r) => r.agencyId).sort()).toEqual([a.id, b.id].sort());
    expect(log.entries).toMatchObject([{ action: "indicator.create", entityType: "indicator", entityId: row.id }]);
  });

  it("refuses a code already used, whatever its case, under the code field and writes nothing", async () => {
    const first = await create({ ...base(), code: "VT-01X" });
    await expect(create({ ...base(), code: "vt-01x" })).rejects.toMatchObject({ messageKey: "indicators.errors.codeTaken", field: "code" });
    expect(await db().select().from(indicators).where(eq(indicators.nameVi, "Thuê bao điện thoại"))).toContainEqual(expect.objectContaining({ id: first.id }));
    const other = await create(base());
    await expect(update({ ...base(), code: "VT-01X", id: other.id, version: 1 })).rejects.toMatchObject({ field: "code" });
  });

  it("allows a parent only of the same kind and unit, one level deep, never itself", async () => {
    const parent = await insertIndicator(db(), { kind: "flow", unit: "giờ" });
    const flow = () => ({ ...base(), kind: "flow", unit: "giờ" });
    await expect(create({ ...flow(), unit: "phút", parentId: parent.id })).rejects.toMatchObject({ messageKey: "indicators.errors.parentMismatch", field: "parentId" });
    await expect(create({ ...flow(), kind: "stock", parentId: parent.id })).rejects.toMatchObject({ messageKey: "indicators.errors.parentMismatch" });
    const child = await create({ ...flow(), parentId: parent.id });
    expect(child.parentId).toBe(parent.id);
    // No grandchildren, and no loop: the parent cannot become its child's child.
    await expect(create({ ...flow(), parentId: child.id })).rejects.toMatchObject({ messageKey: "indicators.errors.parentIsChild" });
    await expect(update({ ...flow(), code: parent.code, id: parent.id, version: 1, parentId: child.id })).rejects.toMatchObject({ messageKey: "indicators.errors.parentIsChild" });
    const other = await insertIndicator(db(), { kind: "flow", unit: "giờ" });
    await expect(update({ ...flow(), code: parent.code, id: parent.id, version: 1, parentId: other.id })).rejects.toMatchObject({ messageKey: "indicators.errors.hasChildren" });
    await expect(update({ ...flow(), code: other.code, id: other.id, version: 1, parentId: other.id })).rejects.toMatchObject({ messageKey: "indicators.errors.parentSelf" });
    // Changing the parent's unit would leave the sub-indicator measured in another unit.
    await expect(update({ ...flow(), unit: "phút", code: parent.code, id: parent.id, version: 1 })).rejects.toMatchObject({ messageKey: "indicators.errors.childrenMismatch", field: "unit" });
  });

  it("edits with the version the form was loaded with, replacing the reporting agencies", async () => {
    const [a, b] = [await createAgency(db()), await createAgency(db())];
    const row = await create({ ...base(), [`agency_${a.id}`]: "on" });
    const log = auditLog();
    const after = await update({ ...base(), code: row.code, nameVi: "Thuê bao di động", decimals: "1", id: row.id, version: 1, [`agency_${b.id}`]: "on" }, log);
    expect(after).toMatchObject({ nameVi: "Thuê bao di động", decimals: 1, version: 2 });
    expect((await db().select().from(indicatorReporters).where(eq(indicatorReporters.indicatorId, row.id))).map((r) => r.agencyId)).toEqual([b.id]);
    expect(log.entries[0]).toMatchObject({ action: "indicator.update", before: { reporterIds: [a.id], version: 1 }, after: { reporterIds: [b.id], version: 2 } });
    await expect(update({ ...base(), code: row.code, nameVi: "Bản cũ", id: row.id, version: 1 })).rejects.toMatchObject({ messageKey: "errors.conflict" });
    const [kept] = await db().select().from(indicators).where(eq(indicators.id, row.id));
    expect(kept.nameVi).toBe("Thuê bao di động");
  });

  it("keeps the kind of an indicator that has figures", async () => {
    const agency = await createAgency(db());
    const row = await create(base());
    await addValue(db(), { indicatorId: row.id, agencyId: agency.id, periodCode: "2012-H1", value: "468112" });
    await expect(update({ ...base(), code: row.code, kind: "flow", id: row.id, version: 1 })).rejects.toMatchObject({ messageKey: "indicators.errors.kindInUse", field: "kind" });
  });

  it("retires from a day: the day before becomes the last day followed", async () => {
    const row = await insertIndicator(db(), { validFrom: "2012-01-01" });
    const log = auditLog();
    const retire = (retireFrom: string, version: number) =>
      db().transaction((tx) => retireIndicator({ tx, actorId: null, audit: log.audit }, retireIndicatorSchema.parse({ id: row.id, version, retireFrom })));
    await expect(retire("01/01/2012", 1)).rejects.toMatchObject({ messageKey: "indicators.errors.retireBeforeStart", field: "retireFrom" });
    expect(await retire("01/07/2013", 1)).toMatchObject({ validTo: "2013-06-30", version: 2 });
    await expect(retire("01/08/2013", 1)).rejects.toMatchObject({ messageKey: "errors.conflict" });
    expect(log.entries.map((e) => e.action)).toEqual(["indicator.retire"]);
  });

  it("deletes only an indicator nothing refers to", async () => {
    const agency = await createAgency(db());
    const remove = (id: number) => db().transaction((tx) => deleteIndicator({ tx, actorId: null, audit: auditLog().audit }, deleteIndicatorSchema.parse({ id, version: 1 })));
    const inUse = { messageKey: "indicators.errors.inUse" };

    const withValue = await insertIndicator(db());
    await addValue(db(), { indicatorId: withValue.id, agencyId: agency.id, periodCode: "2012-Q1", value: "10", reportStatus: "draft" });
    await expect(remove(withValue.id)).rejects.toMatchObject(inUse);

    const withPlan = await insertIndicator(db());
    await db().insert(indicatorPlans).values({ indicatorId: withPlan.id, year: 2012, target: "1200" });
    await expect(remove(withPlan.id)).rejects.toMatchObject(inUse);

    const parent = await insertIndicator(db());
    await insertIndicator(db(), { parentId: parent.id });
    await expect(remove(parent.id)).rejects.toMatchObject(inUse);

    const linked = await insertIndicator(db());
    const conference = await createConference(db());
    const [directive] = await db().insert(directives).values({ conferenceId: conference.id, number: 1, issuerName: "Lãnh đạo Sở", text: "Phát triển thuê bao" }).returning();
    await db().insert(directiveIndicators).values({ directiveId: directive.id, indicatorId: linked.id });
    await expect(remove(linked.id)).rejects.toMatchObject(inUse);

    const mistake = await insertIndicator(db());
    await db().insert(indicatorReporters).values({ indicatorId: mistake.id, agencyId: agency.id });
    await remove(mistake.id);
    const remaining = await db().select({ id: indicators.id }).from(indicators);
    expect(remaining.map((r) => r.id)).toEqual(expect.arrayContaining([withValue.id, withPlan.id, parent.id, linked.id]));
    expect(remaining.map((r) => r.id)).not.toContain(mistake.id);
  });
});
