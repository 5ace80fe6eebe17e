import { describe, expect, it } from "vitest";
import { countQueries } from "@/test/query-count";
import { directiveIndicators, directives, indicatorPlans, taskCoordinators } from "@/db/schema";
import { createConference, createTask } from "@/lib/directives/test-helpers";
import { db } from "@/test/db";
import { createAgency, unique } from "@/test/factories";
import { listIndicatorDirectives, listIndicatorTasks } from "./catalogue-directives";
import { arrangeCatalogue, type CatalogueItem, listCatalogue, listPlanRows, parseCatalogueParams } from "./catalogue-queries";
import { createIndicator } from "./catalogue-test-helpers";

const item = (id: number, values: Partial<CatalogueItem>): CatalogueItem => ({
  id,
  code: `C${id}`,
  nameVi: `Chỉ tiêu ${id}`,
  nameEn: null,
  unit: "giờ",
  sector: "broadcasting",
  kind: "flow",
  decimals: 0,
  parentId: null,
  parentCode: null,
  sortOrder: id,
  validFrom: null,
  validTo: null,
  version: 1,
  ...values,
});

describe("arrangeCatalogue", () => {
  it("groups by sector in the sector list's order and puts sub-indicators right under their parent", () => {
    const sections = arrangeCatalogue([
      item(1, { sector: "broadcasting", sortOrder: 2 }),
      item(2, { sector: "press", sortOrder: 5 }),
      item(3, { sector: "broadcasting", sortOrder: 1 }),
      item(4, { sector: "broadcasting", parentId: 1, sortOrder: 9 }),
      item(5, { sector: "broadcasting", parentId: 1, sortOrder: 3 }),
      // Its parent was filtered out: it stands on its own.
      item(6, { sector: "broadcasting", parentId: 99, sortOrder: 0 }),
    ]);
    expect(sections.map((s) => s.sector)).toEqual(["press", "broadcasting"]);
    expect(sections[1].rows.map((r) => [r.item.id, r.depth])).toEqual([
      [6, 0],
      [3, 0],
      [1, 0],
      [5, 1],
      [4, 1],
    ]);
  });

  it("ignores unknown filter values", () => {
    expect(parseCatalogueParams({ sector: "space", q: "  thuê bao " })).toEqual({ sector: undefined, q: "thuê bao" });
    expect(parseCatalogueParams({ sector: "press" })).toEqual({ sector: "press", q: undefined });
  });
});

describe("catalogue and plan lists", () => {
  it("filter by sector and search code or name in one query", async () => {
    const tag = unique("ph").toLowerCase();
    const parent = await createIndicator(db(), { sector: "broadcasting", kind: "flow", unit: "giờ", nameVi: `Giờ phát sóng ${tag}`, sortOrder: 1 });
    await createIndicator(db(), { sector: "broadcasting", kind: "flow", unit: "giờ", nameVi: `Trong đó: tiếng dân tộc ${tag}`, parentId: parent.id, sortOrder: 2 });
    await createIndicator(db(), { sector: "press", nameVi: `Số đầu báo ${tag}` });
    const { result, queries } = await countQueries(() => listCatalogue(db(), { q: tag }));
    expect(queries).toBe(1);
    expect(result.map((s) => [s.sector, s.rows.map((r) => r.depth)])).toEqual([
      ["press", [0]],
      ["broadcasting", [0, 1]],
    ]);
    expect(result[1].rows[1].item.parentCode).toBe(parent.code);
    const press = await listCatalogue(db(), { q: tag, sector: "press" });
    expect(press.flatMap((s) => s.rows.map((r) => r.item.nameVi))).toEqual([`Số đầu báo ${tag}`]);
  });

  it("list for a year's plans only the indicators followed during that year, with that year's plan", async () => {
    const tag = unique("kh");
    const current = await createIndicator(db(), { nameVi: `${tag} hiện hành`, validFrom: "2010-01-01" });
    const retired = await createIndicator(db(), { nameVi: `${tag} đã ngừng`, validTo: "2011-12-31" });
    const later = await createIndicator(db(), { nameVi: `${tag} từ 2013`, validFrom: "2013-01-01" });
    await db().insert(indicatorPlans).values([
      { indicatorId: current.id, year: 2012, target: "1200" },
      { indicatorId: current.id, year: 2011, target: "900" },
    ]);
    const ids = async (year: number) => (await listPlanRows(db(), year)).flatMap((s) => s.rows.map((r) => r.item)).filter((i) => i.nameVi.startsWith(tag));
    const in2012 = await ids(2012);
    expect(in2012.map((i) => i.id)).toEqual([current.id]);
    expect(in2012[0].plan).toMatchObject({ target: "1200.0000", version: 1 });
    expect((await ids(2011)).map((i) => i.id).sort()).toEqual([current.id, retired.id].sort());
    expect((await ids(2013)).map((i) => i.id).sort()).toEqual([current.id, later.id].sort());
  });
});

describe("directives and tasks about an indicator", () => {
  it("list linked directives and their tasks in one query each; a unit officer sees only their agency's tasks", async () => {
    const indicator = await createIndicator(db());
    const unrelated = await createIndicator(db());
    const [own, coordinating, elsewhere] = [await createAgency(db()), await createAgency(db()), await createAgency(db())];
    const conference = await createConference(db());
    const [d1, d2, d3] = await db()
      .insert(directives)
      .values([
        { conferenceId: conference.id, number: 1, issuerName: "Lãnh đạo Sở", text: "Phát triển thuê bao", sector: "postal_telecom" },
        { conferenceId: conference.id, number: 2, issuerName: "Lãnh đạo Sở", text: "Quản lý thuê bao trả trước", sector: "postal_telecom" },
        { conferenceId: conference.id, number: 3, issuerName: "Lãnh đạo Sở", text: "Không liên quan" },
      ])
      .returning();
    await db().insert(directiveIndicators).values([
      { directiveId: d1.id, indicatorId: indicator.id },
      { directiveId: d2.id, indicatorId: indicator.id },
      { directiveId: d3.id, indicatorId: unrelated.id },
    ]);
    const led = await createTask(db(), d1.id, own.id, { title: "Do đơn vị chủ trì", deadline: "2012-09-30", originalDeadline: "2012-09-30" });
    const coordinated = await createTask(db(), d1.id, elsewhere.id, { title: "Đơn vị phối hợp" });
    await db().insert(taskCoordinators).values({ taskId: coordinated.id, agencyId: coordinating.id });
    const hidden = await createTask(db(), d2.id, elsewhere.id, { title: "Đơn vị khác" });
    await createTask(db(), d3.id, own.id, { title: "Chỉ tiêu khác" });

    const secretariat = { role: "secretariat" as const, agencyId: null };
    const { result: all, queries } = await countQueries(async () => [await listIndicatorDirectives(db(), indicator.id, secretariat), await listIndicatorTasks(db(), indicator.id, secretariat)] as const);
    expect(queries).toBe(2);
    expect(all[0].map((d) => d.number)).toEqual([1, 2]);
    expect(all[0][0]).toMatchObject({ conferenceTitle: conference.title, sector: "postal_telecom", text: "Phát triển thuê bao" });
    expect(all[1].get(d1.id)?.map((t) => t.id)).toEqual([led.id, coordinated.id]);
    expect(all[1].get(d2.id)?.map((t) => t.id)).toEqual([hidden.id]);

    const officer = { role: "unit_officer" as const, agencyId: own.id };
    expect((await listIndicatorDirectives(db(), indicator.id, officer)).map((d) => d.id)).toEqual([d1.id]);
    const ownTasks = await listIndicatorTasks(db(), indicator.id, officer);
    expect([...ownTasks.values()].flat().map((t) => t.title)).toEqual(["Do đơn vị chủ trì"]);
    const coordinatorTasks = await listIndicatorTasks(db(), indicator.id, { role: "unit_officer", agencyId: coordinating.id });
    expect([...coordinatorTasks.values()].flat().map((t) => t.id)).toEqual([coordinated.id]);
    expect((await listIndicatorTasks(db(), indicator.id, { role: "unit_officer", agencyId: null })).size).toBe(0);
  });
});
