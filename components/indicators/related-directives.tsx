import Link from "@/components/ui/link";
import { ConferenceLink } from "@/components/conferences/conference-link";
import { getTranslations } from "@/lib/i18n/server";
import { TaskStatusTag } from "@/components/tasks/task-status-tag";
import { Tag } from "@/components/ui/tag";
import { formatDate } from "@/lib/format";
import type { IndicatorDirective, IndicatorTask } from "@/lib/indicators/catalogue-directives";
import { excerpt } from "@/lib/indicators/catalogue-rules";

/**
 * "Ý kiến chỉ đạo và nhiệm vụ liên quan": what was directed about the indicator and the tasks
 * it caused, with their derived status, so the next conference sees them beside the figure.
 */
export async function RelatedDirectives({
  directives,
  tasks,
  today,
  openableConferences,
}: {
  directives: IndicatorDirective[];
  tasks: Map<number, IndicatorTask[]>;
  today: string;
  /** The conferences the viewer may open (the others are named without a link). */
  openableConferences: ReadonlySet<number>;
}) {
  const t = await getTranslations("indicators.related");
  const ts = await getTranslations("sectors");
  return (
    <section aria-labelledby="related" className="mt-10">
      <h2 id="related" className="mb-3 text-lg font-bold">
        {t("title")}
      </h2>
      {directives.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="space-y-4">
          {directives.map((directive) => {
            const own = tasks.get(directive.id) ?? [];
            return (
              <li key={directive.id} className="rounded border border-slate-200 bg-white p-4">
                <p className="flex flex-wrap items-center gap-2">
                  <ConferenceLink href={`/conferences/${directive.conferenceId}/directives`} canOpen={openableConferences.has(directive.conferenceId)} className="link">
                    {`${formatDate(directive.conferenceStartsAt)} · ${directive.conferenceTitle}`}
                  </ConferenceLink>
                  <Tag tone="blue">{ts(directive.sector)}</Tag>
                </p>
                <p className="mt-2">
                  <span className="font-semibold">{t("directive", { number: directive.number })}: </span>
                  {excerpt(directive.text)}
                </p>
                <p className="mt-1 text-sm text-slate-600">{t("issuer", { name: directive.issuerName })}</p>
                <h3 className="mt-3 text-sm font-bold text-slate-800">{t("tasks")}</h3>
                {own.length === 0 ? (
                  <p className="text-sm text-slate-700">{t("noTasks")}</p>
                ) : (
                  <ul className="mt-1 divide-y divide-slate-200">
                    {own.map((task) => (
                      <li key={task.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
                        <span>
                          <Link href={`/tasks/${task.id}`} className="link">
                            {task.title}
                          </Link>
                          <span className="block text-sm text-slate-600">
                            {t("lead", { name: task.leadAgencyName })} · {task.deadline ? t("deadline", { date: formatDate(task.deadline) }) : t("ongoing")}
                          </span>
                        </span>
                        <span className="flex flex-col items-start gap-1 sm:items-end">
                          <TaskStatusTag task={task} today={today} />
                          {task.completionReportedAt && !task.completedOn ? <Tag tone="yellow">{t("awaitingAcceptance")}</Tag> : null}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
