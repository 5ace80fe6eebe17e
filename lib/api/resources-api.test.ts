import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conferences, indicatorValues, invitations } from "@/db/schema";
import { createReportIndicator, reportingAgency } from "@/lib/indicators/report-test-helpers";
import { db } from "@/test/db";
import { createAgency, createUser, unique } from "@/test/factories";
import { call, tokenFor } from "./test-helpers";

const reportValues = (await import("@/app/api/v1/reports/[id]/values/route")).POST;
const report = (await import("@/app/api/v1/reports/[id]/route")).GET;
const reports = (await import("@/app/api/v1/reports/route")).GET;
const conferenceList = (await import("@/app/api/v1/conferences/route"));
const conference = (await import("@/app/api/v1/conferences/[id]/route")).GET;
const agencies = (await import("@/app/api/v1/agencies/route")).GET;
const indicators = (await import("@/app/api/v1/indicators/route")).GET;

const valuesOf = async (reportId: number) => (await db().select({ n: count() }).from(indicatorValues).where(eq(indicatorValues.reportId, reportId)))[0].n;

describe("/api/v1 reports", () => {
  it("take a unit's values all or nothing, by the grid's rules, as machine decimals", async () => {
    const unit = await reportingAgency(db(), { count: 2 });
    const ratio = await createReportIndicator(db(), { reporters: [unit.agency.id], kind: "ratio" });
    const token = await tokenFor(db(), unit.user, ["read", "reports:write"]);
    const [a, b] = unit.indicators;
    const post = (body: unknown) => call(reportValues, `/reports/${unit.report.id}/values`, { token, method: "POST", params: { id: unit.report.id }, body });

    const refused = await post({ values: [{ indicatorId: a.id, value: "468112" }, { indicatorId: b.id, value: -5 }, { indicatorId: ratio.id, value: 120 }] });
    expect(refused.status).toBe(422);
    expect((refused.json.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(["values.1.value", "values.2.value"]);
    expect(await valuesOf(unit.report.id)).toBe(0);

    const notReported = await createReportIndicator(db());
    expect((await post({ values: [{ indicatorId: notReported.id, value: 1 }] })).status).toBe(422);

    const saved = await post({ values: [{ indicatorId: a.id, value: "2.067", reportedGrowthPercent: 9 }, { indicatorId: ratio.id, value: 89.16 }] });
    expect(saved.status).toBe(200);
    expect(saved.json).toEqual({ created: 2, revised: 0, unchanged: 0 });
    const [stored] = await db().select().from(indicatorValues).where(eq(indicatorValues.indicatorId, a.id));
    expect(Number(stored.value)).toBe(2.067);

    // A revision must name the version it revises: a client that saw no value is refused.
    expect((await post({ values: [{ indicatorId: a.id, value: 3 }] })).status).toBe(409);
    expect((await post({ values: [{ indicatorId: a.id, value: 3, version: stored.version }] })).json).toMatchObject({ revised: 1 });

    const read = await call(report, `/reports/${unit.report.id}`, { token, params: { id: unit.report.id } });
    expect(read.json).toMatchObject({ id: unit.report.id, status: "draft" });
    expect((read.json.values as { indicator: { id: number }; value: string | null }[]).find((v) => v.indicator.id === a.id)?.value).toMatch(/^3(\.0+)?$/);
  });

  it("refuse another unit's report (403 to write, 404 to read) and a read-only token, writing nothing", async () => {
    const mine = await reportingAgency(db());
    const theirs = await reportingAgency(db());
    const writer = await tokenFor(db(), mine.user, ["read", "reports:write"]);
    const reader = await tokenFor(db(), mine.user);
    const body = { values: [{ indicatorId: theirs.indicators[0].id, value: 1 }] };
    expect((await call(reportValues, "/", { token: writer, method: "POST", params: { id: theirs.report.id }, body })).status).toBe(403);
    expect((await call(reportValues, "/", { token: reader, method: "POST", params: { id: mine.report.id }, body: { values: [{ indicatorId: mine.indicators[0].id, value: 1 }] } })).status).toBe(403);
    expect(await valuesOf(theirs.report.id)).toBe(0);
    expect(await valuesOf(mine.report.id)).toBe(0);
    expect((await call(report, "/", { token: reader, params: { id: theirs.report.id } })).status).toBe(404);
    const listed = await call(reports, "/reports?limit=200", { token: reader });
    expect((listed.json.items as { id: number }[]).map((r) => r.id)).toEqual([mine.report.id]);
  });
});

describe("/api/v1 conferences and reference data", () => {
  async function conferenceRow(values: Partial<typeof conferences.$inferInsert> = {}) {
    const host = await createAgency(db());
    const [row] = await db()
      .insert(conferences)
      .values({ title: unique("Hội nghị"), kind: "regular_briefing", startsAt: new Date("2012-07-02T01:00:00Z"), endsAt: new Date("2012-07-02T04:00:00Z"), hostAgencyId: host.id, ...values })
      .returning();
    return row;
  }

  it("show a unit the conferences it is invited to, not the others; create only with the scope and the role", async () => {
    const unit = await createAgency(db());
    const officer = await createUser(db(), { role: "unit_officer", agencyId: unit.id });
    const invited = await conferenceRow();
    const hidden = await conferenceRow();
    await db().insert(invitations).values({ conferenceId: invited.id, agencyId: unit.id, checkInToken: unique("qr") });
    const token = await tokenFor(db(), officer, ["read"]);
    const listed = await call(conferenceList.GET, "/conferences?limit=200", { token });
    const seen = (listed.json.items as { id: number }[]).map((c) => c.id);
    expect(seen).toContain(invited.id);
    expect(seen).not.toContain(hidden.id);
    expect((await call(conference, "/", { token, params: { id: hidden.id } })).status).toBe(404);
    const one = await call(conference, "/", { token, params: { id: invited.id } });
    expect(one.json).toMatchObject({ id: invited.id, bridgePoints: [], agenda: [], invitations: [{ agency: { id: unit.id } }] });
    expect(JSON.stringify(one.json)).not.toContain("checkInToken");

    const body = { title: "Hội nghị giao ban tháng 8", kind: "regular_briefing", date: "2012-08-06", startTime: "08:00", endTime: "10:00", hostAgencyId: unit.id, format: "in_person" };
    const before = (await db().select({ n: count() }).from(conferences))[0].n;
    expect((await call(conferenceList.POST, "/conferences", { token, method: "POST", body })).status).toBe(403);
    const officerWriter = await tokenFor(db(), officer, ["read", "conferences:write"]);
    expect((await call(conferenceList.POST, "/conferences", { token: officerWriter, method: "POST", body })).status).toBe(403);
    expect((await db().select({ n: count() }).from(conferences))[0].n).toBe(before);

    const secretariat = await createUser(db(), { role: "secretariat" });
    const writer = await tokenFor(db(), secretariat, ["read", "conferences:write"]);
    const invalid = await call(conferenceList.POST, "/conferences", { token: writer, method: "POST", body: { ...body, endTime: "07:00" } });
    expect(invalid.status).toBe(422);
    const created = await call(conferenceList.POST, "/conferences", { token: writer, method: "POST", body });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: "draft", version: 1 });
    const notJson = await call(conferenceList.POST, "/conferences", { token: writer, method: "POST", headers: { "content-type": "text/plain" } });
    expect(notJson.status).toBe(415);
  });

  it("list agencies and the indicator catalogue to any reader", async () => {
    const agency = await createAgency(db());
    const indicator = await createReportIndicator(db(), { reporters: [agency.id] });
    const token = await tokenFor(db(), await createUser(db(), { role: "viewer" }));
    const a = await call(agencies, `/agencies?q=${encodeURIComponent(agency.name)}`, { token });
    expect((a.json.items as { id: number }[]).map((x) => x.id)).toEqual([agency.id]);
    const i = await call(indicators, `/indicators?q=${indicator.code}`, { token });
    expect(i.json.items).toEqual([expect.objectContaining({ id: indicator.id, reportingAgencyIds: [agency.id] })]);
  });
});
