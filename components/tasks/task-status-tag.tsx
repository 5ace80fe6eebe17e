import { getTranslations } from "@/lib/i18n/server";
import { Tag, type TagTone } from "@/components/ui/tag";
import { deriveTaskStatus, type TaskDates, taskStatusTone } from "@/lib/tasks/status";

/**
 * The derived status in the decision's words, and "trễ so với hạn ban đầu" when an extension
 * hid a lateness: for the tag below and for the task list's word table (components/ui/word-rows.tsx).
 */
export function taskStatusWords(task: TaskDates, today: string, tStatus: (key: string) => string, tDetail: (key: string) => string): { tone: TagTone; text: string; note?: string } {
  const derived = deriveTaskStatus(task, today);
  const extended = task.deadline !== task.originalDeadline;
  return { tone: taskStatusTone(derived.status), text: tStatus(derived.status), note: derived.lateAgainstOriginal && extended ? tDetail("lateAgainstOriginal") : undefined };
}

export async function TaskStatusTag({ task, today }: { task: TaskDates; today: string }) {
  const words = taskStatusWords(task, today, await getTranslations("taskStatuses"), await getTranslations("tasks.detail"));
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Tag tone={words.tone}>{words.text}</Tag>
      {words.note ? <span className="text-sm text-slate-700">({words.note})</span> : null}
    </span>
  );
}
