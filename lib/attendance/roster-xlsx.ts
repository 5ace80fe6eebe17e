import ExcelJS from "exceljs";
import { sortVi } from "@/lib/collation";
import { formatTime } from "@/lib/format";
import { addPrintableSheet, markHeaderRow, workbookBuffer } from "@/lib/xlsx";
import type { Roster } from "./queries";
import { isLate, leftEarly } from "./rules";

/** Every word of the spreadsheet, already in the user's language (the builder knows no messages). */
export interface RosterSheetLabels {
  sheetName: string;
  title: string;
  subtitle: string;
  columns: { index: string; invitee: string; kind: string; status: string; delegate: string; checkedIn: string; note: string };
  summaryTitle: string;
  summaryColumns: { kind: string; invited: string; confirmed: string; present: string };
  total: string;
  late: string;
  leftEarly: string;
  walkIn: string;
  kindLabel: (kind: string) => string;
  statusLabel: (status: string) => string;
}

/**
 * The roster as an .xlsx file: one row per invitee (and per walk-in), then the totals by
 * agency kind — the same table the printable roster page shows.
 */
export async function buildRosterWorkbook(roster: Roster, conference: { startsAt: Date; endsAt: Date }, labels: RosterSheetLabels): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addPrintableSheet(workbook, labels.sheetName, [6, 42, 28, 20, 32, 12, 20]);
  sheet.addRow([labels.title]).font = { bold: true, size: 14 };
  sheet.addRow([labels.subtitle]);
  sheet.addRow([]);
  const c = labels.columns;
  markHeaderRow(sheet, sheet.addRow([c.index, c.invitee, c.kind, c.status, c.delegate, c.checkedIn, c.note]));
  let index = 0;
  const notes = (checkedInAt: Date | null, leftAt: Date | null) =>
    [checkedInAt && isLate(checkedInAt, conference.startsAt) ? labels.late : null, leftEarly(leftAt, conference.endsAt) ? labels.leftEarly : null].filter(Boolean).join(", ");
  // Vietnamese order (Đ after D): the database's own collation may put "Đài …" after "Z".
  for (const row of sortVi(roster.invitees, (invitee) => invitee.personName ?? invitee.agencyName ?? "")) {
    const delegate = [row.delegateName, row.delegatePosition].filter(Boolean).join(", ");
    sheet.addRow([
      ++index,
      row.personName ?? row.agencyName ?? "",
      labels.kindLabel(row.agencyKind ?? "person"),
      labels.statusLabel(row.status),
      delegate,
      row.checkedInAt ? formatTime(row.checkedInAt) : "",
      notes(row.checkedInAt, row.leftAt),
    ]);
  }
  for (const row of roster.walkIns) {
    sheet.addRow([
      ++index,
      [row.attendeeName, row.attendeePosition].filter(Boolean).join(", "),
      row.agencyName ?? "",
      labels.walkIn,
      "",
      formatTime(row.checkedInAt),
      notes(row.checkedInAt, row.leftAt),
    ]);
  }
  sheet.addRow([]);
  sheet.addRow([labels.summaryTitle]).font = { bold: true };
  const s = labels.summaryColumns;
  sheet.addRow(["", s.kind, s.invited, s.confirmed, s.present]).font = { bold: true };
  for (const row of roster.byKind) sheet.addRow(["", labels.kindLabel(row.kind), row.invited, row.confirmed, row.present]);
  sheet.addRow(["", labels.total, roster.totals.invited, roster.totals.confirmed, roster.totals.present]).font = { bold: true };
  return workbookBuffer(workbook);
}

/** The roster route's download header: the one used for every download. */
export { contentDisposition as attachmentDisposition } from "@/lib/storage/content-disposition";
