import { describe, expect, it } from "vitest";
import { expectPrintable, readWorkbook } from "@/lib/xlsx-test-helpers";
import { buildTaskWorkbook, type TaskExportRow, type TaskSheetLabels } from "./list-xlsx";

const row = (values: Partial<TaskExportRow>): TaskExportRow => ({
  id: 1,
  title: "Tập huấn Thông tư 04/2012/TT-BTTTT",
  leadAgencyId: 1,
  leadAgencyName: "Phòng Bưu chính, Viễn thông",
  deadline: "2012-08-31",
  originalDeadline: "2012-08-31",
  completedOn: "2012-08-20",
  completionReportedAt: null,
  priority: "normal",
  directiveId: 1,
  directiveNumber: 1,
  sector: "postal_telecom",
  conferenceId: 1,
  conferenceTitle: "Hội nghị sơ kết 6 tháng đầu năm 2012",
  coordinatorNames: "Viettel Điện Biên; Đài Phát thanh - Truyền hình tỉnh; Bưu điện tỉnh; Dân tộc",
  directiveText: "Quản lý thuê bao trả trước",
  ...values,
});

const labels = { sheetName: "Nhiệm vụ", title: "Danh sách nhiệm vụ", subtitle: "2 nhiệm vụ", columns: ["STT", "Nhiệm vụ", "Chỉ đạo", "Hội nghị", "Chủ trì", "Phối hợp", "Hạn", "Tình trạng", "Ngày hoàn thành"] as TaskSheetLabels["columns"], ongoing: "Thường xuyên" };

describe("the task list as .xlsx", () => {
  it("write deadlines and completion days as real dates shown dd/mm/yyyy, 'Thường xuyên' as words, coordinators in Vietnamese order, printable", async () => {
    const bytes = await buildTaskWorkbook([row({}), row({ id: 2, deadline: null, originalDeadline: null, completedOn: null, coordinatorNames: null })], labels, "2012-09-01");
    const sheet = await readWorkbook(bytes);
    expectPrintable(sheet, 4, "landscape");
    const done = sheet.getRow(5);
    expect(done.getCell(7).value).toEqual(new Date("2012-08-31T00:00:00Z"));
    expect(done.getCell(7).numFmt).toBe("dd/mm/yyyy");
    expect(done.getCell(9).value).toEqual(new Date("2012-08-20T00:00:00Z"));
    expect(done.getCell(9).numFmt).toBe("dd/mm/yyyy");
    expect(done.getCell(6).value).toBe("Bưu điện tỉnh; Dân tộc; Đài Phát thanh - Truyền hình tỉnh; Viettel Điện Biên");
    const ongoing = sheet.getRow(6);
    expect(ongoing.getCell(7).value).toBe("Thường xuyên");
    expect(ongoing.getCell(9).value).toBeNull();
  });
});
