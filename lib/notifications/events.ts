import { eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { conferences, indicatorReports, invitations, reportingPeriods, taskAgencies, tasks } from "@/db/schema";
import { formatDate, formatDateTime } from "@/lib/format";
import { periodLabelVi } from "@/lib/periods";
import { notify, type NotifyContext } from "./notify";

/*
 * The events the commands announce, one call each (lib/<feature>/commands.ts). Each reads the
 * object in the command's transaction and names its audience with the tables that scope the
 * object (task_agencies, invitations, the report's agency), so who hears of a thing is who
 * may see it.
 */

/** Every unit a task concerns (lead and coordinators): task_agencies, the table unit access reads. */
export async function taskAgencyIds(tx: Db, taskId: number): Promise<number[]> {
  const rows = await tx.select({ agencyId: taskAgencies.agencyId }).from(taskAgencies).where(eq(taskAgencies.taskId, taskId));
  return rows.map((row) => row.agencyId);
}

type TaskKind = "task_assigned" | "task_deadline_changed" | "task_extension_decided" | "task_completion_accepted" | "task_completion_returned";

/**
 * A task event to the units the task concerns (or only to `onlyAgencies` of them: the units
 * newly given a task when it is edited).
 */
export async function notifyTask(ctx: NotifyContext, taskId: number, kind: TaskKind, extra: { decision?: string; onlyAgencies?: readonly number[] } = {}): Promise<void> {
  const [task] = await ctx.tx.select({ title: tasks.title, deadline: tasks.deadline }).from(tasks).where(eq(tasks.id, taskId)).limit(1);
  if (!task) return;
  const concerned = await taskAgencyIds(ctx.tx, taskId);
  const agencies = extra.onlyAgencies ? concerned.filter((id) => extra.onlyAgencies?.includes(id)) : concerned;
  if (agencies.length === 0) return;
  const params = { title: task.title, deadline: task.deadline ? formatDate(task.deadline) : "", decision: extra.decision ?? "" };
  await notify(ctx, { kind, params, href: `/tasks/${taskId}`, audience: { agencies } });
}

/** After an edit: the units newly on the task hear they were given it; the others, of a new deadline. */
export async function notifyTaskEdited(ctx: NotifyContext, taskId: number, before: { deadline: string | null; agencyIds: readonly number[] }): Promise<void> {
  const now = await taskAgencyIds(ctx.tx, taskId);
  const added = now.filter((id) => !before.agencyIds.includes(id));
  if (added.length > 0) await notifyTask(ctx, taskId, "task_assigned", { onlyAgencies: added });
  const [task] = await ctx.tx.select({ deadline: tasks.deadline }).from(tasks).where(eq(tasks.id, taskId)).limit(1);
  const kept = now.filter((id) => before.agencyIds.includes(id));
  if (task && task.deadline !== before.deadline && kept.length > 0) await notifyTask(ctx, taskId, "task_deadline_changed", { onlyAgencies: kept });
}

async function conferenceParams(tx: Db, conferenceId: number) {
  const [row] = await tx
    .select({ title: conferences.title, startsAt: conferences.startsAt, chairPersonId: conferences.chairPersonId })
    .from(conferences)
    .where(eq(conferences.id, conferenceId))
    .limit(1);
  return row ? { params: { title: row.title, date: formatDateTime(row.startsAt) }, chairPersonId: row.chairPersonId } : null;
}

/** Invitations just sent, to the invited units and the invited people's accounts. */
export async function notifyInvited(ctx: NotifyContext, conferenceId: number, invitees: { agencyId: number | null; personId: number | null }[]): Promise<void> {
  const conference = await conferenceParams(ctx.tx, conferenceId);
  if (!conference || invitees.length === 0) return;
  const agencies = invitees.flatMap((row) => (row.agencyId === null ? [] : [row.agencyId]));
  const people = invitees.flatMap((row) => (row.personId === null ? [] : [row.personId]));
  await notify(ctx, { kind: "invitation_received", params: conference.params, href: `/conferences/${conferenceId}/invitations`, audience: { agencies, people } });
}

/** A conference moved or cancelled, to everyone invited and its chair. */
export async function notifyConferenceChanged(ctx: NotifyContext, conferenceId: number, change: "rescheduled" | "cancelled"): Promise<void> {
  const conference = await conferenceParams(ctx.tx, conferenceId);
  if (!conference) return;
  const invited = await ctx.tx.select({ agencyId: invitations.agencyId, personId: invitations.personId }).from(invitations).where(eq(invitations.conferenceId, conferenceId));
  const agencies = invited.flatMap((row) => (row.agencyId === null ? [] : [row.agencyId]));
  const people = [...invited.flatMap((row) => (row.personId === null ? [] : [row.personId])), ...(conference.chairPersonId ? [conference.chairPersonId] : [])];
  const kind = change === "cancelled" ? "conference_cancelled" : "conference_rescheduled";
  await notify(ctx, { kind, params: conference.params, href: `/conferences/${conferenceId}`, audience: { agencies, people } });
}

/** Directives recorded for a conference whose conclusion is not approved yet: to those who approve. */
export async function notifyDirectiveAwaitingApproval(ctx: NotifyContext, conferenceId: number): Promise<void> {
  const conference = await conferenceParams(ctx.tx, conferenceId);
  if (!conference) return;
  await notify(ctx, { kind: "directive_awaiting_approval", params: conference.params, href: `/conferences/${conferenceId}/directives`, audience: { permission: "directives.approve" } });
}

type ReportKind = "report_period_opened" | "report_returned" | "report_approved";

/** A report event to the reporting unit of each report (one read for all of them). */
export async function notifyReports(ctx: NotifyContext, reportIds: readonly number[], kind: ReportKind): Promise<void> {
  if (reportIds.length === 0) return;
  const rows = await ctx.tx
    .select({ id: indicatorReports.id, agencyId: indicatorReports.agencyId, periodCode: indicatorReports.periodCode, dueOn: reportingPeriods.dueOn })
    .from(indicatorReports)
    .innerJoin(reportingPeriods, eq(reportingPeriods.code, indicatorReports.periodCode))
    .where(inArray(indicatorReports.id, [...reportIds]));
  for (const row of rows) {
    const params = { period: periodLabelVi(row.periodCode), date: formatDate(row.dueOn) };
    await notify(ctx, { kind, params, href: `/reports/${row.id}`, audience: { agencies: [row.agencyId] } });
  }
}

/** A document issued to recipient units. */
export async function notifyDocumentIssued(ctx: NotifyContext, document: { symbol: string; title: string }, recipientAgencyIds: readonly number[]): Promise<void> {
  if (recipientAgencyIds.length === 0) return;
  await notify(ctx, { kind: "document_issued", params: { symbol: document.symbol, title: document.title }, href: "/documents", audience: { agencies: recipientAgencyIds } });
}
