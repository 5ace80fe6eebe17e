import { and, asc, eq, inArray, isNotNull, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, type directiveSectors, directives, indicators, issuedDocuments, taskEvents, tasks } from "@/db/schema";
import { listConferenceReports } from "@/lib/indicators/report-queries";
import { loadReportTable, type ReportTableRow } from "@/lib/indicators/report-table";
import { coordinatorList } from "@/lib/tasks/coordinators";

/*
 * The conference's record as the documents cite it: its directives, their tasks with lead
 * and coordinating units, the indicator tables of the reports it discussed, and the
 * evidence units reported on their tasks. Each list is one query whatever its length.
 * Documents are drawn up by the secretariat, who sees everything: no viewer scope here
 * (the pages and routes that call these check documents.issue first).
 */

export interface DocumentDirective {
  id: number;
  number: number;
  text: string;
  issuerName: string;
  issuerTitle: string | null;
  issuedByPersonId: number | null;
  agendaItemId: number | null;
}

export async function listDocumentDirectives(db: Db, conferenceId: number): Promise<DocumentDirective[]> {
  return db
    .select({
      id: directives.id,
      number: directives.number,
      text: directives.text,
      issuerName: directives.issuerName,
      issuerTitle: directives.issuerTitle,
      issuedByPersonId: directives.issuedByPersonId,
      agendaItemId: directives.agendaItemId,
    })
    .from(directives)
    .where(eq(directives.conferenceId, conferenceId))
    .orderBy(asc(directives.number));
}

export interface UnitRef {
  id: number;
  name: string;
}

export interface DocumentTask {
  id: number;
  directiveId: number;
  directiveNumber: number;
  title: string;
  leadAgencyId: number;
  leadAgencyName: string;
  coordinators: UnitRef[];
  deadline: string | null;
  originalDeadline: string | null;
  completedOn: string | null;
}

/** The conference's tasks in directive order, each with its coordinating units (one query). */
export async function listDocumentTasks(db: Db, conferenceId: number): Promise<DocumentTask[]> {
  const rows = await db
    .select({
      id: tasks.id,
      directiveId: tasks.directiveId,
      directiveNumber: directives.number,
      title: tasks.title,
      leadAgencyId: tasks.leadAgencyId,
      leadAgencyName: agencies.name,
      coordinators: sql<UnitRef[] | string>`coalesce(${coordinatorList(tasks.id)}, '[]'::json)`,
      deadline: tasks.deadline,
      originalDeadline: tasks.originalDeadline,
      completedOn: tasks.completedOn,
    })
    .from(tasks)
    .innerJoin(directives, eq(directives.id, tasks.directiveId))
    .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
    .where(eq(directives.conferenceId, conferenceId))
    .orderBy(asc(directives.number), asc(tasks.id));
  // Drivers differ: postgres.js parses json columns, a raw sql value may come back as text.
  return rows.map((row) => ({ ...row, coordinators: typeof row.coordinators === "string" ? (JSON.parse(row.coordinators) as UnitRef[]) : row.coordinators }));
}

export interface DocumentReportTable {
  reportId: number;
  agencyName: string;
  periodCode: string;
  rows: ReportTableRow[];
}

/** The indicator tables of the reports linked to the conference, as the report page shows them. */
export async function listLinkedReportTables(db: Db, conferenceId: number): Promise<DocumentReportTable[]> {
  const reports = await listConferenceReports(db, conferenceId);
  // A conference discusses one or two reports: one table query each.
  return Promise.all(
    reports.map(async (report) => ({
      reportId: report.reportId,
      agencyName: report.agencyName,
      periodCode: report.periodCode,
      rows: await loadReportTable(db, { id: report.reportId, agencyId: report.agencyId, periodCode: report.periodCode }),
    })),
  );
}

export interface TaskEvidence {
  /** The latest progress or completion report's words. */
  latestText: string | null;
  latestPercent: number | null;
  /** Documents cited as evidence: number and date. */
  documents: { number: string; date: string | null }[];
}

/** What the units reported on each task (reports, completion claims, contributions), one query for all. */
export async function loadTaskEvidence(db: Db, taskIds: number[]): Promise<Map<number, TaskEvidence>> {
  const result = new Map<number, TaskEvidence>();
  if (taskIds.length === 0) return result;
  const rows = await db
    .select({
      taskId: taskEvents.taskId,
      kind: taskEvents.kind,
      text: taskEvents.text,
      percent: taskEvents.percent,
      evidenceNumber: taskEvents.evidenceNumber,
      evidenceDate: taskEvents.evidenceDate,
    })
    .from(taskEvents)
    .where(
      and(
        inArray(taskEvents.taskId, taskIds),
        or(inArray(taskEvents.kind, ["progress", "completion_reported", "contribution"]), isNotNull(taskEvents.evidenceNumber)),
      ),
    )
    .orderBy(asc(taskEvents.at), asc(taskEvents.id));
  for (const row of rows) {
    const evidence = result.get(row.taskId) ?? { latestText: null, latestPercent: null, documents: [] };
    if ((row.kind === "progress" || row.kind === "completion_reported") && row.text) {
      evidence.latestText = row.text;
      evidence.latestPercent = row.percent;
    }
    if (row.evidenceNumber && !evidence.documents.some((doc) => doc.number === row.evidenceNumber)) {
      evidence.documents.push({ number: row.evidenceNumber, date: row.evidenceDate });
    }
    result.set(row.taskId, evidence);
  }
  return result;
}

export interface IssuedRef {
  symbol: string;
  issuedOn: string;
}

/** The latest conclusion notice issued for a conference and not withdrawn, to cite it ("Thông báo số 05/TB-STTTT …"). */
export async function latestIssued(db: Db, conferenceId: number, kind: (typeof issuedDocuments.$inferSelect)["kind"]): Promise<IssuedRef | null> {
  const [row] = await db
    .select({ symbol: issuedDocuments.symbol, issuedOn: issuedDocuments.issuedOn })
    .from(issuedDocuments)
    .where(and(eq(issuedDocuments.conferenceId, conferenceId), eq(issuedDocuments.kind, kind), sql`${issuedDocuments.withdrawnAt} is null`))
    .orderBy(sql`${issuedDocuments.issuedAt} desc`, sql`${issuedDocuments.id} desc`)
    .limit(1);
  return row ?? null;
}

/** Lead and coordinating units of the tasks, once each, in task order. */
export function taskUnits(list: readonly DocumentTask[]): UnitRef[] {
  const units = new Map<number, string>();
  for (const task of list) {
    if (!units.has(task.leadAgencyId)) units.set(task.leadAgencyId, task.leadAgencyName);
    for (const unit of task.coordinators) if (!units.has(unit.id)) units.set(unit.id, unit.name);
  }
  return [...units].map(([id, name]) => ({ id, name }));
}

export type IndicatorSector = (typeof directiveSectors)[number];

/** The sector of each indicator in the reports' tables (to group the figures in prose), in one query. */
export async function loadIndicatorSectors(db: Db, reports: readonly DocumentReportTable[]): Promise<Map<number, IndicatorSector>> {
  const ids = [...new Set(reports.flatMap((report) => report.rows.map((row) => row.indicatorId)))];
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: indicators.id, sector: indicators.sector }).from(indicators).where(inArray(indicators.id, ids));
  return new Map(rows.map((row) => [row.id, row.sector]));
}
