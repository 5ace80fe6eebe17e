import { getTranslations } from "@/lib/i18n/server";
import { type BoardDirectiveLines, DirectiveList } from "@/components/directives/directive-list";
import { formatDate } from "@/lib/format";
import type { BoardDirective } from "@/lib/directives/board";
import { taskStatusTone } from "@/lib/tasks/status";

/**
 * Directives in number order, each with its tasks (lead, coordinating units, deadline and
 * the status on the board's day). Used on the conference page (today) and for the
 * carry-over at the next conference (the status on that conference's day). The words are
 * made here; DirectiveList lays them out.
 */
export async function DirectiveBoard({ directives, empty }: { directives: BoardDirective[]; empty: string }) {
  const t = await getTranslations("directives.board");
  const tStatus = await getTranslations("taskStatuses");
  const tSector = await getTranslations("sectors");
  if (directives.length === 0) return <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{empty}</p>;
  const lines: BoardDirectiveLines[] = directives.map((directive) => ({
    id: directive.id,
    number: `${directive.number}.`,
    sector: tSector(directive.sector),
    issuerName: directive.issuerName,
    text: directive.text,
    tasksLabel: t("tasksOf", { number: directive.number }),
    tasks: directive.tasks.map((task) => ({
      id: task.id,
      title: task.title,
      units: t("lead", { name: task.leadAgencyName }) + (task.coordinatorNames ? ` · ${t("coordinators", { names: task.coordinatorNames })}` : ""),
      timing:
        (task.deadline ? t("deadline", { date: formatDate(task.deadline) }) : t("ongoing")) +
        (task.deadline !== task.originalDeadline && task.originalDeadline ? ` ${t("originalDeadline", { date: formatDate(task.originalDeadline) })}` : "") +
        (task.completedOn ? ` · ${t("completedOn", { date: formatDate(task.completedOn) })}` : ""),
      status: tStatus(task.derived.status),
      tone: taskStatusTone(task.derived.status),
    })),
  }));
  return <DirectiveList directives={lines} noTasks={t("noTasks")} />;
}
