import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { InvitationRow } from "@/lib/invitations/queries";
import { expectPrintable } from "@/lib/xlsx-test-helpers";
import { buildRoster } from "./queries";
import { attachmentDisposition, buildRosterWorkbook, type RosterSheetLabels } from "./roster-xlsx";

const startsAt = new Date("2012-07-02T01:30:00Z");
const endsAt = new Date("2012-07-02T05:00:00Z");

const invitee = (values: Partial<InvitationRow>): InvitationRow => ({
  id: 1,
  agencyId: null,
  personId: null,
  agencyName: null,
  agencyKind: null,
  personName: null,
  personPosition: null,
  status: "invited",
  delegateName: null,
  delegatePosition: null,
  declineReason: null,
  repliedAt: null,
  changeNotice: null,
  version: 1,
  checkInToken: "t",
  attendanceId: null,
  attendeeName: null,
  checkedInAt: null,
  leftAt: null,
  ...values,
});

const labels: RosterSheetLabels = {
  sheetName: "Điểm danh",
  title: "Danh sách điểm danh",
  subtitle: "Hội nghị sơ kết 6 tháng đầu năm 2012",
  columns: { index: "STT", invitee: "Đại biểu", kind: "Loại đơn vị", status: "Trả lời", delegate: "Người dự", checkedIn: "Giờ đến", note: "Ghi chú" },
  summaryTitle: "Tổng hợp theo loại đơn vị",
  summaryColumns: { kind: "Loại đơn vị", invited: "Được mời", confirmed: "Xác nhận", present: "Có mặt" },
  total: "Tổng cộng",
  late: "Đến muộn",
  leftEarly: "Về sớm",
  walkIn: "Không có giấy mời",
  kindLabel: (kind) => ({ press: "Cơ quan báo chí", person: "Khách mời", walk_in: "Khách không có giấy mời" })[kind] ?? kind,
  statusLabel: (status) => ({ confirmed: "Xác nhận tham dự", invited: "Đã mời" })[status] ?? status,
};

describe("roster spreadsheet", () => {
  it("holds the same table as the roster page, in Vietnamese, and reads back with exceljs", async () => {
    const roster = buildRoster(
      [
        invitee({ id: 1, agencyId: 7, agencyName: "Báo Điện Biên Phủ", agencyKind: "press", status: "confirmed", delegateName: "Lò Thị Xuân", delegatePosition: "Phó Tổng biên tập", attendanceId: 1, checkedInAt: new Date("2012-07-02T01:45:00Z"), leftAt: new Date("2012-07-02T03:00:00Z") }),
        invitee({ id: 2, personId: 3, personName: "Giàng Thị Hoa" }),
      ],
      [{ attendanceId: 9, attendeeName: "Quàng Văn Mạnh", attendeePosition: "Phóng viên", agencyName: null, agencyKind: null, checkedInAt: new Date("2012-07-02T01:10:00Z"), leftAt: null }],
    );
    const buffer = await buildRosterWorkbook(roster, { startsAt, endsAt }, labels);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Điểm danh");
    expect(sheet).toBeDefined();
    const values = (row: number) => (sheet?.getRow(row).values as unknown[]).slice(1);
    expect(sheet?.getCell("A1").value).toBe("Danh sách điểm danh");
    expect(values(4)).toEqual(["STT", "Đại biểu", "Loại đơn vị", "Trả lời", "Người dự", "Giờ đến", "Ghi chú"]);
    expect(values(5)).toEqual([1, "Báo Điện Biên Phủ", "Cơ quan báo chí", "Xác nhận tham dự", "Lò Thị Xuân, Phó Tổng biên tập", "08:45", "Đến muộn, Về sớm"]);
    expect(values(6)).toEqual([2, "Giàng Thị Hoa", "Khách mời", "Đã mời", "", "", ""]);
    expect(values(7)).toEqual([3, "Quàng Văn Mạnh, Phóng viên", "", "Không có giấy mời", "", "08:10", ""]);
    expect(sheet?.getCell("A9").value).toBe("Tổng hợp theo loại đơn vị");
    const totalRow = sheet?.getRow(sheet.rowCount);
    expect((totalRow?.values as unknown[]).slice(2)).toEqual(["Tổng cộng", 2, 1, 2]);
  });

  it("list invitees in Vietnamese order (Đ after D, not after Z) and print on A4 with the header repeated", async () => {
    const roster = buildRoster(
      ["Zeta", "Đài Phát thanh - Truyền hình tỉnh", "Báo Điện Biên Phủ", "Dân tộc và Miền núi"].map((agencyName, i) => invitee({ id: i + 1, agencyId: i + 1, agencyName, agencyKind: "press" })),
      [],
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildRosterWorkbook(roster, { startsAt, endsAt }, labels)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect([5, 6, 7, 8].map((n) => sheet.getRow(n).getCell(2).value)).toEqual(["Báo Điện Biên Phủ", "Dân tộc và Miền núi", "Đài Phát thanh - Truyền hình tỉnh", "Zeta"]);
    expectPrintable(sheet, 4, "landscape");
  });

  it("names the download in Vietnamese with an ASCII fallback", () => {
    const header = attachmentDisposition("Danh sách điểm danh.xlsx");
    expect(header).toBe(`attachment; filename="Danh sach diem danh.xlsx"; filename*=UTF-8''Danh%20s%C3%A1ch%20%C4%91i%E1%BB%83m%20danh.xlsx`);
  });
});
