import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Tag } from "@/components/ui/tag";
import { formatDate } from "@/lib/format";
import { rowTranslator } from "@/lib/i18n/compiled-message";
import type { BoardDirective } from "@/lib/directives/board";
import { taskStatusTone } from "@/lib/tasks/status";

/**
 * Directives in number order, each with its tasks (lead, coordinating units, deadline and
 * the status on the board's day). Used on the conference page (today) and for the
 * carry-over at the next conference (the status on that conference's day).
 */
export async function DirectiveBoard({ directives, empty }: { directives: BoardDirective[]; empty: string }) {
  const t = rowTranslator(await getTranslations("directives.board"), await getLocale());
  const tStatus = await getTranslations("taskStatuses");
  const tSector = await getTranslations("sectors");
  if (directives.length === 0) return <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{empty}</p>;
  return (
    <ol className="space-y-4">
      {directives.map((directive) => (
        <li key={directive.id} className="rounded border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-lg font-bold">{`${directive.number}.`}</span>
            <Tag tone="blue">{tSector(directive.sector)}</Tag>
            <span className="text-sm text-slate-700">{directive.issuerName}</span>
          </div>
          <p className="mt-2 whitespace-pre-line text-slate-900">{directive.text}</p>
          {directive.tasks.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{t("noTasks")}</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-200 border-t border-slate-200" aria-label={t("tasksOf", { number: directive.number })}>
              {directive.tasks.map((task) => (
                <li key={task.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
                  <div>
                    <Link href={`/tasks/${task.id}`} className="font-semibold text-brand-700 underline">
                      {task.title}
                    </Link>
                    {/* One text per line: each separate piece would be one more node in the page's RSC data. */}
                    <p className="text-sm text-slate-700">
                      {t("lead", { name: task.leadAgencyName }) + (task.coordinatorNames ? ` · ${t("coordinators", { names: task.coordinatorNames })}` : "")}
                    </p>
                    <p className="text-sm text-slate-700">
                      {(task.deadline ? t("deadline", { date: formatDate(task.deadline) }) : t("ongoing")) +
                        (task.deadline !== task.originalDeadline && task.originalDeadline ? ` ${t("originalDeadline", { date: formatDate(task.originalDeadline) })}` : "") +
                        (task.completedOn ? ` · ${t("completedOn", { date: formatDate(task.completedOn) })}` : "")}
                    </p>
                  </div>
                  <span className="shrink-0">
                    <Tag tone={taskStatusTone(task.derived.status)}>{tStatus(task.derived.status)}</Tag>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
