import { beforeAll, describe, expect, it } from "vitest";
import { countQueries } from "@/test/query-count";
import { agendaItems, directives, indicatorReporters, indicatorReports, indicators, indicatorValues, invitations, reportingPeriods, tasks } from "@/db/schema";
import { listFeedConferences } from "@/lib/calendar/queries";
import { loadVisibleConference } from "@/lib/conferences/access";
import { countRepliesAndPresent, getConferenceDetail, listBridgePoints, listConferences, listStatusChanges } from "@/lib/conferences/queries";
import { loadCarryOver, loadDirectiveBoard } from "@/lib/directives/board";
import { listDirectives } from "@/lib/directives/list-queries";
import { listReports } from "@/lib/indicators/report-queries";
import { loadReportTable } from "@/lib/indicators/report-table";
import { listScheduleConferences } from "@/lib/schedule/queries";
import { loadTaskOverview } from "@/lib/tasks/overview";
import { listTasks } from "@/lib/tasks/queries";
import { db } from "@/test/db";
import { unique } from "@/test/factories";
import { createAgencies, createConferences, createTasks } from "./test-data";

/*
 * No N+1: the data loading of each main page runs the same number of SQL statements whether
 * it shows 10 rows or 50. Counted with the db handle's own counter (db/client.ts), no timings.
 */

const TODAY = "2012-10-01";
const secretariat = { role: "secretariat" as const, agencyId: null };
let unit: { role: "unit_officer"; agencyId: number };
let fewInvited: { role: "unit_officer"; agencyId: number };
let conferenceIds: number[];
let smallBoard: number;
let bigBoard: number;
let reports: { small: { id: number; agencyId: number; periodCode: string }; large: { id: number; agencyId: number; periodCode: string } };

beforeAll(async () => {
  const [host, unitId, fewId, c1, c2, r10, r50, ...leads] = await createAgencies(db(), 17);
  unit = { role: "unit_officer", agencyId: unitId };
  fewInvited = { role: "unit_officer", agencyId: fewId };
  const made = await createConferences(db(), 60, host, unitId);
  conferenceIds = made.conferenceIds;
  // The "few" unit is invited to 10 of the 60 conferences only; every conference has two agenda items.
  await db().insert(invitations).values(conferenceIds.slice(0, 10).map((conferenceId) => ({ conferenceId, agencyId: fewId, checkInToken: unique("qr") })));
  await db().insert(agendaItems).values(conferenceIds.flatMap((conferenceId) => [1, 2].map((position) => ({ conferenceId, position, title: `Mục ${position}` }))));
  await createTasks(db(), 60, made.directiveIds, [unitId], [c1, c2]);
  await createTasks(db(), 30, made.directiveIds.slice(1), leads, [c1]);

  // Two conferences' boards: 10 directives and 50 directives, one task each.
  [smallBoard, bigBoard] = made.conferenceIds.slice(58);
  for (const [conferenceId, n] of [[smallBoard, 10], [bigBoard, 50]] as const) {
    const rows = await db()
      .insert(directives)
      .values(Array.from({ length: n - 1 }, (_, i) => ({ conferenceId, number: i + 2, issuerName: "Giàng Thị Hoa", text: unique("Ý kiến"), sector: "it" as const })))
      .returning({ id: directives.id });
    await db().insert(tasks).values(rows.map((d) => ({ directiveId: d.id, title: unique("Nhiệm vụ"), leadAgencyId: unitId, deadline: "2012-12-31", originalDeadline: "2012-12-31" })));
  }

  // Report tables of 10 and 50 indicators.
  const made50 = await db()
    .insert(indicators)
    .values(Array.from({ length: 50 }, (_, i) => ({ code: unique("CT"), nameVi: `Chỉ tiêu ${i + 1}`, unit: "thuê bao", kind: "stock" as const, sortOrder: i })))
    .returning({ id: indicators.id });
  await db().insert(reportingPeriods).values({ code: "2012-M06", dueOn: "2012-07-10" }).onConflictDoNothing();
  const report = async (agencyId: number, indicatorIds: number[]) => {
    await db().insert(indicatorReporters).values(indicatorIds.map((indicatorId) => ({ indicatorId, agencyId })));
    const [row] = await db().insert(indicatorReports).values({ agencyId, periodCode: "2012-M06" }).returning({ id: indicatorReports.id });
    await db().insert(indicatorValues).values(indicatorIds.map((indicatorId, i) => ({ reportId: row.id, indicatorId, value: String(1000 + i) })));
    return { id: row.id, agencyId, periodCode: "2012-M06" };
  };
  reports = { small: await report(r10, made50.slice(0, 10).map((r) => r.id)), large: await report(r50, made50.map((r) => r.id)) };
  // Fifty more reports (one agency, fifty months) for the list of reports.
  const months = Array.from({ length: 50 }, (_, i) => ({ code: `${2007 + Math.floor(i / 12)}-M${String((i % 12) + 1).padStart(2, "0")}`, dueOn: `${2007 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}-28` }));
  await db().insert(reportingPeriods).values(months).onConflictDoNothing();
  await db().insert(indicatorReports).values(months.map((m) => ({ agencyId: r10, periodCode: m.code })));
});

describe("query count does not grow with the rows a page shows", () => {
  it("conference list, for the secretariat and for a unit officer", async () => {
    for (const viewer of [secretariat, unit]) {
      const small = await countQueries(() => listConferences(db(), viewer, { page: 1, status: "concluded" }, 10));
      const large = await countQueries(() => listConferences(db(), viewer, { page: 1, status: "concluded" }, 50));
      expect(small.result.rows).toHaveLength(10);
      expect(large.result.rows).toHaveLength(50);
      expect(small.queries).toBeGreaterThan(0);
      expect(large.queries).toBe(small.queries);
    }
  });

  it("conference page (summary, counts, history, bridge points, directives board, carry-over)", async () => {
    const page = async (id: number) => {
      const conference = await loadVisibleConference(db(), id, secretariat);
      const loaded = await Promise.all([
        getConferenceDetail(db(), id, secretariat),
        listStatusChanges(db(), id),
        listBridgePoints(db(), id),
        countRepliesAndPresent(db(), id),
        loadDirectiveBoard(db(), secretariat, id, TODAY),
        conference ? loadCarryOver(db(), secretariat, conference, TODAY) : null,
      ]);
      return { conference, board: loaded[4] };
    };
    const small = await countQueries(() => page(smallBoard));
    const large = await countQueries(() => page(bigBoard));
    expect(small.result.board).toHaveLength(10);
    expect(large.result.board).toHaveLength(50);
    expect(large.queries).toBe(small.queries);
  });

  it("weekly schedule", async () => {
    const from = new Date("2012-07-01T17:00:00Z");
    const range = (days: number) => ({ from, to: new Date(from.getTime() + days * 86_400_000) });
    const audience = { kind: "user" as const, user: secretariat, includeDrafts: true };
    const small = await countQueries(() => listScheduleConferences(db(), range(10), audience));
    const large = await countQueries(() => listScheduleConferences(db(), range(50), audience));
    expect(small.result).toHaveLength(10);
    expect(large.result).toHaveLength(50);
    expect(large.queries).toBe(small.queries);
  });

  it("a unit's task list and the secretariat's, at 10 and 50 rows per page", async () => {
    for (const viewer of [unit, secretariat]) {
      const filters = { page: 1, dueSoon: false, awaitingAcceptance: false };
      const small = await countQueries(() => listTasks(db(), viewer, filters, TODAY, 10));
      const large = await countQueries(() => listTasks(db(), viewer, filters, TODAY, 50));
      expect(small.result.rows).toHaveLength(10);
      expect(large.result.rows).toHaveLength(50);
      expect(small.result.rows.some((row) => row.coordinatorNames !== null)).toBe(true);
      expect(large.queries).toBe(small.queries);
    }
  });

  it("secretariat overview for one conference (one unit) and for all (eleven units)", async () => {
    const small = await countQueries(() => loadTaskOverview(db(), secretariat, { conferenceId: conferenceIds[0] }, TODAY));
    const large = await countQueries(() => loadTaskOverview(db(), secretariat, {}, TODAY));
    expect(small.result.byUnit).toHaveLength(1);
    expect(large.result.byUnit.length).toBeGreaterThanOrEqual(11);
    expect(large.queries).toBe(small.queries);
  });

  it("indicator report table of 10 and of 50 indicators", async () => {
    const small = await countQueries(() => loadReportTable(db(), reports.small));
    const large = await countQueries(() => loadReportTable(db(), reports.large));
    expect(small.result).toHaveLength(10);
    expect(large.result).toHaveLength(50);
    expect(large.queries).toBe(small.queries);
  });

  it("the directives list and the reports list, at 10 and 50 rows per page", async () => {
    for (const viewer of [secretariat, unit]) {
      const filters = { page: 1, all: true };
      const small = await countQueries(() => listDirectives(db(), { id: 0, ...viewer }, filters, TODAY, 10));
      const large = await countQueries(() => listDirectives(db(), { id: 0, ...viewer }, filters, TODAY, 50));
      expect(small.result.rows).toHaveLength(10);
      expect(large.result.rows).toHaveLength(50);
      expect(large.queries).toBe(small.queries);
    }
    const small = await countQueries(() => listReports(db(), secretariat, { page: 1 }, 10));
    const large = await countQueries(() => listReports(db(), secretariat, { page: 1 }, 50));
    expect(small.result.rows).toHaveLength(10);
    expect(large.result.rows).toHaveLength(50);
    expect(large.queries).toBe(small.queries);
  });

  it("calendar feed of 10 and of 60 conferences", async () => {
    const now = new Date("2012-07-01T00:00:00Z");
    const small = await countQueries(() => listFeedConferences(db(), fewInvited, now));
    const large = await countQueries(() => listFeedConferences(db(), secretariat, now));
    expect(small.result).toHaveLength(10);
    expect(large.result.length).toBeGreaterThanOrEqual(60);
    expect(large.result.every((c) => c.agendaTitles.length === 2)).toBe(true);
    expect(large.queries).toBe(small.queries);
  });
});
