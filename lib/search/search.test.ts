import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { agencies, conferences, legalDocuments } from "@/db/schema";
import { createDirective, createTaskRow } from "@/lib/tasks/test-helpers";
import { db } from "@/test/db";
import { countQueries } from "@/test/query-count";
import { createAgency, createPerson } from "@/test/factories";
import { type SearchKind, searchEverything, searchKind } from "./queries";
import { type PreparedSearch, prepareSearch } from "./sql";

/*
 * The matching itself, on the real database (PGlite here, PostgreSQL with DATABASE_URL): what a
 * Vietnamese user types — without diacritics, in decomposed Unicode, đ as d, legal symbols in
 * any spelling, a typo — finds the record, and a unit's search never reaches another unit's tasks.
 */

const secretariat = { role: "secretariat" as const, agencyId: null };
type Officer = { role: "unit_officer"; agencyId: number };
let unitA: number;
let unitB: number;

beforeAll(async () => {
  unitA = (await createAgency(db(), { name: "Phòng Bưu chính, Viễn thông" })).id;
  unitB = (await createAgency(db(), { name: "Đài Phát thanh - Truyền hình tỉnh Điện Biên", shortName: "Đài PT-TH" })).id;
  const { directive } = await createDirective(db(), { text: "Quản lý thuê bao di động trả trước" });
  await createTaskRow(db(), { directiveId: directive.id, leadAgencyId: unitA, title: "Tổ chức tập huấn Thông tư 04/2012/TT-BTTTT" });
  await createTaskRow(db(), { directiveId: directive.id, leadAgencyId: unitA, title: "Kiểm tra hoạt động đại lý thuê bao" });
  // Stored decomposed, as text typed before the forms normalized it: the index folds it all the same.
  await createTaskRow(db(), { directiveId: directive.id, leadAgencyId: unitB, title: "Tổng kết công tác báo chí năm 2012".normalize("NFD") });
  await db()
    .insert(legalDocuments)
    .values({ symbol: "04/2012/TT-BTTTT", number: 4, year: 2012, typeCode: "TT", issuer: "BTTTT", title: "Quy định về quản lý thuê bao di động trả trước", issuingBody: "Bộ Thông tin và Truyền thông" });
  await createPerson(db(), { fullName: "Giàng Thị Hoa", position: "Phó Chủ tịch UBND tỉnh" });
});

async function titles(kind: SearchKind, typed: string, user: { role: "secretariat" | "unit_officer"; agencyId: number | null } = secretariat) {
  const search = prepareSearch(typed);
  if (!search) return [];
  return (await searchKind(db(), user, kind, search, 20)).map((hit) => hit.title.normalize("NFC"));
}

const TAP_HUAN = "Tổ chức tập huấn Thông tư 04/2012/TT-BTTTT";
const KIEM_TRA = "Kiểm tra hoạt động đại lý thuê bao";
const TONG_KET = "Tổng kết công tác báo chí năm 2012";

describe("what is typed finds what was meant", () => {
  const cases: [SearchKind, string, string[]][] = [
    ["tasks", "bao chi", [TONG_KET]],
    ["tasks", "BÁO CHÍ", [TONG_KET]],
    ["tasks", "báo chí".normalize("NFD"), [TONG_KET]],
    ["tasks", "tong ket", [TONG_KET]],
    ["tasks", "kiem tra", [KIEM_TRA]],
    ["tasks", "thue bao", [KIEM_TRA]],
    ["tasks", "tra kiem", [KIEM_TRA]],
    ["tasks", "2012 báo", [TONG_KET]],
    ["tasks", "tap hu", [TAP_HUAN]],
    ["tasks", "thong tu 04", [TAP_HUAN]],
    ["tasks", "04/2012/tt-btttt", [TAP_HUAN]],
    ["tasks", "kiemm tra", [KIEM_TRA]],
    ["tasks", "thuee bao", [KIEM_TRA]],
    ["tasks", "kiểm tra báo chí", []],
    ["tasks", "xyzxyz", []],
    ["legalDocuments", "thong tu 04", ["04/2012/TT-BTTTT"]],
    ["legalDocuments", "Thông tư 04", ["04/2012/TT-BTTTT"]],
    ["legalDocuments", "tt 04/2012", ["04/2012/TT-BTTTT"]],
    ["legalDocuments", "04/2012/tt-btttt", ["04/2012/TT-BTTTT"]],
    ["legalDocuments", "04/2012/TT-BTTTT", ["04/2012/TT-BTTTT"]],
    ["legalDocuments", "thue bao tra truoc", ["04/2012/TT-BTTTT"]],
    ["legalDocuments", "nghi dinh 04", []],
    ["legalDocuments", "05/2012/tt-btttt", []],
    ["agencies", "dai phat thanh", ["Đài Phát thanh - Truyền hình tỉnh Điện Biên"]],
    ["agencies", "đài điện biên", ["Đài Phát thanh - Truyền hình tỉnh Điện Biên"]],
    ["agencies", "DAI DIEN BIEN", ["Đài Phát thanh - Truyền hình tỉnh Điện Biên"]],
    ["agencies", "truyenn hinh", ["Đài Phát thanh - Truyền hình tỉnh Điện Biên"]],
    ["agencies", "buu chinh vien thong", ["Phòng Bưu chính, Viễn thông"]],
    ["directives", "thue bao tra truoc", ["Quản lý thuê bao di động trả trước"]],
    ["people", "giang thi hoa", ["Giàng Thị Hoa"]],
    ["people", "pho chu tich", ["Giàng Thị Hoa"]],
  ];
  it.each(cases)("%s: %j", async (kind, typed, expected) => {
    expect(await titles(kind, typed)).toEqual(expected);
  });

  it("ranks a title match above a body match, then the newest", async () => {
    const { directive } = await createDirective(db());
    const body = await createTaskRow(db(), { directiveId: directive.id, leadAgencyId: unitA, title: "Việc khác", description: "Rà soát hạ tầng viễn thông thụ động" });
    const title = await createTaskRow(db(), { directiveId: directive.id, leadAgencyId: unitA, title: "Rà soát hạ tầng viễn thông" });
    const search = prepareSearch("ha tang vien thong");
    const hits = await searchKind(db(), secretariat, "tasks", search!, 10);
    expect(hits.map((hit) => hit.id)).toEqual([title.id, body.id]);
  });

  it("finds the conference by its title without diacritics", async () => {
    const { conference } = await createDirective(db());
    await db().update(conferences).set({ title: "Hội nghị sơ kết 6 tháng đầu năm 2012" }).where(eq(conferences.id, conference.id));
    expect(await titles("conferences", "hoi nghi so ket 6 thang")).toContain("Hội nghị sơ kết 6 tháng đầu năm 2012");
  });

  it("keeps new words for typo correction", async () => {
    await db().update(agencies).set({ name: "Trung tâm Công nghệ thông tin" }).where(eq(agencies.id, unitA));
    expect(await titles("agencies", "trungg tam")).toEqual(["Trung tâm Công nghệ thông tin"]);
  });
});

describe("tasks and directives rank their newest records first (RECENT_WINDOWS, here 1 to 3)", () => {
  // An older task with the words in its title, then two newer ones with them in the description.
  let older: number;
  let newer: number[];
  beforeAll(async () => {
    const { directive } = await createDirective(db(), { text: "Đôn đốc tiến độ số hóa hồ sơ lưu trữ" });
    const title = "Số hóa hồ sơ lưu trữ xã Mường Phăng";
    older = (await createTaskRow(db(), { directiveId: directive.id, leadAgencyId: unitA, title })).id;
    newer = [];
    for (const title of ["Việc thứ nhất", "Việc thứ hai"]) {
      const description = "Tiếp tục số hóa hồ sơ lưu trữ";
      const task = await createTaskRow(db(), { directiveId: directive.id, leadAgencyId: unitB, title, description });
      newer.push(task.id);
    }
  });
  const typed = () => prepareSearch("so hoa ho so")!;
  const hitIds = async (user: typeof secretariat | Officer, search: PreparedSearch, limit: number, windows: number[]) => {
    const { result, queries } = await countQueries(() => searchKind(db(), user, "tasks", search, limit, windows));
    return { ids: result.map((hit) => hit.id), queries };
  };

  it("shows the best of the newest when they hold a full page of matches", async () => {
    expect(await hitIds(secretariat, typed(), 2, [2])).toEqual({ ids: [...newer].reverse(), queries: 1 });
  });

  it("searches every record when the newest hold fewer matches than the page", async () => {
    expect(await hitIds(secretariat, typed(), 3, [2])).toEqual({ ids: [older, newer[1], newer[0]], queries: 2 });
  });

  it("widens to the next window when the newest hold some matches, but fewer than the page", async () => {
    // The newest task matches, one short of two: the three newest hold all three.
    expect(await hitIds(secretariat, typed(), 3, [1, 3])).toEqual({ ids: [older, newer[1], newer[0]], queries: 2 });
    // Still short after the last window: every record.
    expect(await hitIds(secretariat, typed(), 4, [1, 2])).toEqual({ ids: [older, newer[1], newer[0]], queries: 3 });
  });

  it("goes straight to every record when none of the newest match", async () => {
    // Only the older task names the commune: a wider window is not tried.
    expect(await hitIds(secretariat, prepareSearch("so hoa muong phang")!, 1, [2, 3])).toEqual({ ids: [older], queries: 2 });
  });

  it("tells the page which kinds show only the best of their newest records", async () => {
    // One a kind: the tasks' newest hold three matches, a full page (and one more); the one directive is not.
    const groups = await searchEverything(db(), secretariat, typed(), 1);
    const byKind = Object.fromEntries(groups.map((group) => [group.kind, group]));
    expect(byKind.tasks).toMatchObject({ more: true, newestOnly: true });
    expect(byKind.directives).toMatchObject({ more: false, newestOnly: false });
  });

  it("takes a unit's window from the unit's own tasks, never another unit's", async () => {
    const officerA = { role: "unit_officer" as const, agencyId: unitA };
    // Unit A's two newest tasks hold one match, short of three: all of A's tasks are searched, and only A's.
    expect((await hitIds(officerA, typed(), 3, [2])).ids).toEqual([older]);
    // And A's window, widened, still holds only A's tasks.
    expect((await hitIds(officerA, typed(), 3, [2, 3])).ids).toEqual([older]);
    const officerB = { role: "unit_officer" as const, agencyId: unitB };
    expect((await hitIds(officerB, typed(), 2, [2])).ids).toEqual([...newer].reverse());
    const directivesOfB = await searchKind(db(), officerB, "directives", prepareSearch("so hoa")!, 1, [2]);
    expect(directivesOfB.map((hit) => hit.title)).toEqual(["Đôn đốc tiến độ số hóa hồ sơ lưu trữ"]);
  });
});

describe("a unit officer's search stays within what the unit may see", () => {
  it("never returns another unit's task", async () => {
    const officerB = { role: "unit_officer" as const, agencyId: unitB };
    expect(await titles("tasks", "tong ket", officerB)).toEqual([TONG_KET]);
    expect(await titles("tasks", "kiem tra", officerB)).toEqual([]);
    expect(await titles("tasks", "thong tu 04", officerB)).toEqual([]);
  });

  it("searches only the kinds the role may open, each scoped", async () => {
    const officerB = { role: "unit_officer" as const, agencyId: unitB };
    const search = prepareSearch("thue bao");
    const groups = await searchEverything(db(), officerB, search!);
    const tasksGroup = groups.find((group) => group.kind === "tasks");
    expect(tasksGroup?.hits).toEqual([]);
    // The directive is seen through unit B's own task; its conference is not the unit's, so it opens the unit's tasks.
    const directivesGroup = groups.find((group) => group.kind === "directives");
    expect(directivesGroup?.hits.map((hit) => hit.href)).toEqual([expect.stringMatching(/^\/tasks\?directive=\d+$/)]);
    const noAgency = await searchEverything(db(), { role: "unit_officer", agencyId: null }, search!);
    expect(noAgency.flatMap((group) => (group.kind === "tasks" || group.kind === "directives" ? group.hits : []))).toEqual([]);
  });
});
