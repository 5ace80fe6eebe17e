import { getTranslations } from "@/lib/i18n/server";
import { Tag } from "@/components/ui/tag";
import { deriveTaskStatus, taskStatusTone } from "@/lib/tasks/status";

/** The derived status in the decision's words, plus "trễ so với hạn ban đầu" when an extension hid a lateness. */
export async function TaskStatusTag({ task, today }: { task: { deadline: string | null; originalDeadline: string | null; completedOn: string | null }; today: string }) {
  const t = await getTranslations("taskStatuses");
  const td = await getTranslations("tasks.detail");
  const derived = deriveTaskStatus({ ...task, today });
  const extended = task.deadline !== task.originalDeadline;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Tag tone={taskStatusTone(derived.status)}>{t(derived.status)}</Tag>
      {derived.lateAgainstOriginal && extended ? <span className="text-sm text-slate-700">({td("lateAgainstOriginal")})</span> : null}
    </span>
  );
}
