import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ConferenceLink } from "@/components/conferences/conference-link";
import { TaskHistory } from "@/components/tasks/task-history";
import { TaskStatusTag } from "@/components/tasks/task-status-tag";
import { AcceptanceForms, ContributionForm, ExtensionDecisionForms, LeadUnitForms } from "@/components/tasks/task-step-forms";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { openableConferenceIds } from "@/lib/conferences/access";
import { formatDate } from "@/lib/format";
import { fileStore } from "@/lib/storage/store";
import { agencyRoleInTask } from "@/lib/tasks/access";
import { getTaskDetail, listTaskEvents, pendingExtensionRequest } from "@/lib/tasks/queries";
import { todayInVietnam } from "@/lib/tasks/status";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tasks");
  return { title: t("title") };
}

const REPORT_KINDS = new Set(["progress", "contribution", "completion_reported"]);

/** /tasks/[id] — the task, its history with evidence, and the steps the user may take. Unknown or invisible → 404. */
export default async function TaskPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("directives.view");
  const db = getDb();
  const detail = await getTaskDetail(db, Number((await params).id), user);
  if (!detail) notFound();
  const { task } = detail;
  const t = await getTranslations("tasks");
  const tSector = await getTranslations("sectors");
  const today = todayInVietnam();

  const [events, pending, role, openable] = await Promise.all([
    listTaskEvents(db, task.id),
    pendingExtensionRequest(db, task.id),
    agencyRoleInTask(db, task, user.agencyId),
    openableConferenceIds(db, user, [detail.conference.id]),
  ]);
  const files = await fileStore.list("task_event", events.map((e) => e.id), db);
  const open = task.completedOn === null;
  const reports = can(user, "tasks.report", { agencyId: user.agencyId }) ? role : null;
  const canAccept = can(user, "tasks.accept");
  const canAttach = canAccept || reports !== null;
  const lastReport = [...events].reverse().find((e) => REPORT_KINDS.has(e.kind));
  const extended = task.deadline !== task.originalDeadline;

  return (
    <>
      <PageHeader
        title={task.title}
        back={
          <Link href="/tasks" className="text-brand-700 underline">
            {t("title")}
          </Link>
        }
        actions={
          can(user, "tasks.assign") ? (
            <LinkButton href={`/tasks/${task.id}/edit`}>{t("editTitle")}</LinkButton>
          ) : null
        }
      />
      <SummaryList
        rows={[
          {
            label: t("detail.directive"),
            value: (
              <>
                {t("detail.directiveLabel", { number: detail.directive.number, text: detail.directive.text })}
                <span className="block text-sm text-slate-600">{tSector(detail.directive.sector)}</span>
              </>
            ),
          },
          {
            label: t("detail.conference"),
            value: (
              <ConferenceLink href={`/conferences/${detail.conference.id}`} canOpen={openable.has(detail.conference.id)}>
                {detail.conference.title} ({formatDate(detail.conference.startsAt)})
              </ConferenceLink>
            ),
          },
          { label: t("detail.lead"), value: detail.leadAgencyName },
          { label: t("detail.coordinators"), value: detail.coordinators.length > 0 ? detail.coordinators.map((c) => c.name).join("; ") : t("detail.none") },
          { label: t("detail.deadline"), value: task.deadline ? formatDate(task.deadline) : t("fields.ongoing") },
          ...(extended && task.originalDeadline ? [{ label: t("detail.originalDeadline"), value: formatDate(task.originalDeadline) }] : []),
          { label: t("detail.status"), value: <TaskStatusTag task={task} today={today} /> },
          ...(task.completedOn ? [{ label: t("detail.completedOn"), value: formatDate(task.completedOn) }] : []),
          { label: t("detail.priority"), value: t(`priorities.${task.priority}`) },
          ...(task.description ? [{ label: t("detail.description"), value: <span className="whitespace-pre-line">{task.description}</span> }] : []),
          { label: t("detail.expectedOutput"), value: task.expectedOutput ?? t("detail.none") },
        ]}
      />
      {open && task.completionReportedAt ? <p className="my-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-slate-900">{t("detail.awaiting")}</p> : null}
      {pending ? <p className="my-4 text-slate-800">{t("detail.pendingExtension", { date: formatDate(pending.requestedDeadline), reason: pending.reason })}</p> : null}

      <div className="mt-6 space-y-4">
        {open && reports === "lead" ? (
          <LeadUnitForms taskId={task.id} version={task.version} canReportCompletion={!task.completionReportedAt} canRequestExtension={task.deadline !== null && !pending} />
        ) : null}
        {open && reports === "coordinator" && user.agencyId ? <ContributionForm taskId={task.id} agencyId={user.agencyId} /> : null}
        {open && canAccept && task.completionReportedAt ? <AcceptanceForms taskId={task.id} version={task.version} /> : null}
        {open && pending && can(user, "tasks.decide_extension") ? (
          <ExtensionDecisionForms
            taskId={task.id}
            version={task.version}
            requestId={pending.id}
            summary={t("detail.pendingExtension", { date: formatDate(pending.requestedDeadline), reason: pending.reason })}
          />
        ) : null}
      </div>

      <div className="mt-8">
        <TaskHistory events={events} files={files} attachToEventId={canAttach && lastReport ? lastReport.id : null} />
      </div>
    </>
  );
}
