import ExcelJS from "exceljs";
import JSZip from "jszip";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { request, signedIn } from "@/test/next-request";
import { parseTaskListParams } from "@/lib/tasks/queries";
import { loadTaskExport } from "@/lib/tasks/list-xlsx";
import { countQueries } from "@/test/query-count";
import vi from "@/messages/vi.json";
import { draftFileName } from "./draft-access";
import { createSeedLikeConference, SEED_TITLE, type SeedLike } from "./test-fixtures";

// Imported after test/next-request, so the routes see the mocked session and translations.
const draftRoute = await import("@/app/api/conferences/[id]/documents/[kind]/route");
const tasksRoute = await import("@/app/api/tasks/xlsx/route");

/* The draft .docx download and the task list .xlsx export: who gets what. */

let seed: SeedLike;
beforeAll(async () => {
  seed = await createSeedLikeConference(db());
});
beforeEach(() => {
  request.user = null;
});

const draft = (id: number | string, kind: string, query = "") =>
  draftRoute.GET(new Request(`http://localhost/api/conferences/${id}/documents/${kind}${query}`), { params: Promise.resolve({ id: String(id), kind }) });
const tasksXlsx = (query = "") => tasksRoute.GET(new Request(`http://localhost/api/tasks/xlsx${query}`));

async function documentXml(response: Response): Promise<string> {
  const zip = await JSZip.loadAsync(await response.arrayBuffer());
  return (await zip.file("word/document.xml")?.async("string")) ?? "";
}

describe("GET /api/conferences/[id]/documents/[kind] (draft .docx)", () => {
  it("answers 401 signed out, 404 to a unit officer even of an invited agency, 403 to viewers and leaders", async () => {
    expect((await draft(seed.conference.id, "conclusion-notice")).status).toBe(401);
    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: seed.agencies.press.id }));
    const hidden = await draft(seed.conference.id, "conclusion-notice");
    expect(hidden.status).toBe(404);
    expect(hidden.headers.get("Content-Disposition")).toBeNull();
    for (const role of ["viewer", "leader"] as const) {
      request.user = signedIn(await createUser(db(), { role }));
      expect((await draft(seed.conference.id, "conclusion-notice")).status).toBe(403);
    }
  });

  it("names the follow-up report's file with whole words (the name was cut mid-word)", () => {
    const labels = vi.conferenceDocuments;
    const name = draftFileName(labels.kinds.follow_up_report, labels.draftWord, SEED_TITLE);
    expect(name.length).toBeLessThanOrEqual(150);
    expect(name.startsWith("Báo cáo kết quả thực hiện kết luận - bản nháp - Hội nghị sơ kết")).toBe(true);
    const words = new Set(`${labels.kinds.follow_up_report} - ${labels.draftWord} - ${SEED_TITLE}`.split(" "));
    for (const word of name.replace(/(…)?\.docx$/, "").split(" ")) expect(words.has(word), `${word} in ${name}`).toBe(true);
  });

  it("gives the secretariat and admins the draft, unnumbered, with its Vietnamese intact", async () => {
    request.user = signedIn(await createUser(db(), { role: "secretariat" }));
    const response = await draft(seed.conference.id, "conclusion-notice");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="[^"]+\.docx"; filename\*=UTF-8''/);
    const xml = await documentXml(response);
    expect(xml).toContain("THÔNG BÁO");
    expect(xml).toContain("Thường xuyên");
    expect(xml).toContain("Kết luận của đồng chí Lò Văn Thắng");
    expect(xml).toContain(`/TB-${seed.agencies.host.code}`);
    expect(xml).not.toContain(`01/TB-${seed.agencies.host.code}`);

    request.user = signedIn(await createUser(db(), { role: "admin" }));
    const letter = await draft(seed.conference.id, "invitation", `?invitation=${seed.invitations.hoa.id}`);
    expect(letter.status).toBe(200);
    expect(await documentXml(letter)).toContain("Trân trọng kính mời: Đồng chí Giàng Thị Hoa");
    expect((await draft(seed.conference.id, "minutes")).status).toBe(200);
    expect((await draft(seed.conference.id, "follow-up-report")).status).toBe(200);
  });

  it("answers 404 for an unknown kind, conference or invitation", async () => {
    request.user = signedIn(await createUser(db(), { role: "secretariat" }));
    expect((await draft(seed.conference.id, "news")).status).toBe(404);
    expect((await draft(seed.conference.id, "conclusion_notice")).status).toBe(404);
    expect((await draft(999_999, "invitation")).status).toBe(404);
    expect((await draft("abc", "invitation")).status).toBe(404);
    expect((await draft(seed.conference.id, "invitation", "?invitation=999999")).status).toBe(404);
  });
});

async function sheetRows(response: Response): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  const rows: string[][] = [];
  // Dates are real dates in the file (read back as UTC midnights): compared here as the sheet shows them.
  const shown = (v: unknown) => (v === null || v === undefined ? "" : v instanceof Date ? v.toISOString().slice(0, 10).split("-").reverse().join("/") : String(v));
  workbook.worksheets[0].eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1).map(shown)));
  return rows;
}

describe("GET /api/tasks/xlsx", () => {
  it("answers 401 signed out and gives a unit officer only the tasks their agency leads or coordinates", async () => {
    expect((await tasksXlsx()).status).toBe(401);
    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: seed.agencies.press.id }));
    const response = await tasksXlsx();
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(/\.xlsx/);
    const rows = await sheetRows(response);
    const titles = rows.slice(4).map((row) => row[1]);
    expect(titles.sort()).toEqual(["Kiểm tra hoạt động xuất bản bản tin trên địa bàn tỉnh", "Rà soát trang thông tin điện tử của các cơ quan báo chí"].sort());
    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: (await createAgency(db())).id }));
    expect((await sheetRows(await tasksXlsx())).slice(4)).toHaveLength(0);
  });

  it("applies the list's filters and writes the columns with the status words of QĐ 42/2014", async () => {
    request.user = signedIn(await createUser(db(), { role: "leader" }));
    const all = await sheetRows(await tasksXlsx());
    expect(all[3]).toEqual(["index", "task", "directive", "conference", "lead", "coordinators", "deadline", "status", "completedOn"]);
    expect(all.slice(4)).toHaveLength(5);
    const onTime = all.find((row) => row[1] === "Kiểm tra hoạt động xuất bản bản tin trên địa bàn tỉnh");
    expect(onTime).toEqual([
      expect.any(String),
      "Kiểm tra hoạt động xuất bản bản tin trên địa bàn tỉnh",
      "1. Tăng cường quản lý nhà nước về báo chí",
      seed.conference.title,
      "Phòng Bưu chính, Viễn thông",
      "Báo Điện Biên Phủ; Phòng Văn hóa và Thông tin huyện Tuần Giáo",
      "30/09/2012",
      "Đã hoàn thành đúng hạn",
      "25/09/2012",
    ]);
    const ongoing = all.find((row) => row[1] === "Theo dõi chất lượng dịch vụ viễn thông");
    expect(ongoing?.slice(6, 8)).toEqual(["ongoing", "Thường xuyên"]);

    const filtered = await sheetRows(await tasksXlsx(`?status=completed_late&conference=${seed.conference.id}`));
    expect(filtered.slice(4).map((row) => [row[1], row[7]])).toEqual([["Tập huấn Thông tư 04/2012/TT-BTTTT cho các đại lý", "Đã hoàn thành quá hạn"]]);
    const byLead = await sheetRows(await tasksXlsx(`?lead=${seed.agencies.postal.id}`));
    expect(byLead.slice(4)).toHaveLength(2);
  });

  it("collects every matching task in two statements, up to its limit", async () => {
    const user = await createUser(db(), { role: "secretariat" });
    const { result: rows, queries } = await countQueries(() => loadTaskExport(db(), user, parseTaskListParams({ page: "3" }), "2012-10-15"));
    expect(queries).toBe(2);
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((row) => row.id)).size).toBe(5);
    expect(rows.every((row) => row.directiveText.length > 0)).toBe(true);
    expect((await loadTaskExport(db(), user, parseTaskListParams({}), "2012-10-15", 3)).map((row) => row.id)).toEqual(rows.slice(0, 3).map((row) => row.id));
  });
});
