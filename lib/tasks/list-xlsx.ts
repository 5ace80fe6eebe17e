import ExcelJS from "exceljs";
import { inArray } from "drizzle-orm";
import { getTranslations } from "@/lib/i18n/server";
import { getDb, type Db } from "@/db/client";
import { directives } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { type CurrentUser, getCurrentUser } from "@/lib/auth/session";
import { formatDate, formatDateTime } from "@/lib/format";
import { sortVi } from "@/lib/collation";
import { contentDisposition } from "@/lib/storage/content-disposition";
import { listTaskRows, parseTaskListParams, type TaskListFilters, type TaskListRow } from "@/lib/tasks/queries";
import { deriveTaskStatus, TASK_STATUS_LABELS_VI, todayInVietnam } from "@/lib/tasks/status";
import { addPrintableSheet, markHeaderRow, setDate, workbookBuffer, XLSX_TYPE } from "@/lib/xlsx";

/*
 * The task list as .xlsx with the filters of /tasks (GET /api/tasks/xlsx?status=…&lead=…),
 * every matching row rather than one page, and the same visibility as the page: a unit
 * officer gets only the tasks their agency leads or coordinates.
 */

export { XLSX_TYPE };
/** A list longer than this is not a spreadsheet anyone reads; the filters narrow it. */
export const MAX_EXPORT_ROWS = 20_000;

export interface TaskExportRow extends TaskListRow {
  directiveText: string;
}

type Viewer = Pick<CurrentUser, "role" | "agencyId">;

/**
 * Every task the filters match, up to `limit`, in the page's order, with each directive's text:
 * two statements. The list is read as one page of `limit` rows; batches of pages by OFFSET
 * re-read every earlier batch, quadratic in the length of the list.
 */
export async function loadTaskExport(db: Db, user: Viewer, filters: TaskListFilters, today: string, limit = MAX_EXPORT_ROWS): Promise<TaskExportRow[]> {
  const rows = await listTaskRows(db, user, { ...filters, page: 1 }, today, limit);
  const ids = [...new Set(rows.map((row) => row.directiveId))];
  const texts = ids.length > 0 ? await db.select({ id: directives.id, text: directives.text }).from(directives).where(inArray(directives.id, ids)) : [];
  const textById = new Map(texts.map((row) => [row.id, row.text]));
  return rows.map((row) => ({ ...row, directiveText: textById.get(row.directiveId) ?? "" }));
}

export interface TaskSheetLabels {
  sheetName: string;
  title: string;
  subtitle: string;
  columns: [string, string, string, string, string, string, string, string, string];
  ongoing: string;
}

export async function buildTaskWorkbook(rows: readonly TaskExportRow[], labels: TaskSheetLabels, today: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = addPrintableSheet(workbook, labels.sheetName, [6, 48, 44, 36, 28, 32, 14, 26, 16]);
  sheet.addRow([labels.title]).font = { bold: true, size: 14 };
  sheet.addRow([labels.subtitle]);
  sheet.addRow([]);
  markHeaderRow(sheet, sheet.addRow(labels.columns));
  rows.forEach((row, i) => {
    const status = deriveTaskStatus(row, today).status;
    const added = sheet.addRow([
      i + 1,
      row.title,
      `${row.directiveNumber}. ${row.directiveText}`,
      row.conferenceTitle,
      row.leadAgencyName,
      coordinatorList(row.coordinatorNames),
      row.deadline ? null : labels.ongoing,
      TASK_STATUS_LABELS_VI[status],
      null,
    ]);
    added.alignment = { vertical: "top", wrapText: true };
    // Real dates (sortable, filterable), shown 31/08/2012; "Thường xuyên" stays words.
    setDate(added.getCell(7), row.deadline);
    setDate(added.getCell(9), row.completedOn);
  });
  return workbookBuffer(workbook);
}

/** The coordinating units in Vietnamese order (Đ after D), whatever order the database's collation gave. */
function coordinatorList(names: string | null): string {
  if (!names) return "";
  return sortVi(names.split("; "), (name) => name).join("; ");
}

const plain = (status: number, text: string) => new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });

/** GET /api/tasks/xlsx: signed in (401), may read tasks (403), then only the tasks the user may see. */
export async function taskListXlsxResponse(request: Request): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return plain(401, "Unauthorized");
  if (!can(user, "directives.view")) return plain(403, "Forbidden");
  const params = Object.fromEntries(new URL(request.url).searchParams.entries());
  const filters = parseTaskListParams(params);
  const today = todayInVietnam();
  const rows = await loadTaskExport(getDb(), user, filters, today);
  const t = await getTranslations("tasks.export");
  const labels: TaskSheetLabels = {
    sheetName: t("sheetName"),
    title: t("title"),
    subtitle: t("subtitle", { count: rows.length, time: formatDateTime(new Date()) }),
    columns: [t("index"), t("task"), t("directive"), t("conference"), t("lead"), t("coordinators"), t("deadline"), t("status"), t("completedOn")],
    ongoing: t("ongoing"),
  };
  const body = await buildTaskWorkbook(rows, labels, today);
  const fileName = `${t("fileName", { date: formatDate(today).replace(/\//g, "-") })}.xlsx`;
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": XLSX_TYPE, "Content-Disposition": contentDisposition(fileName), "Cache-Control": "private, no-store" },
  });
}
