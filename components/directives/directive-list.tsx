"use client";
import Link from "@/components/ui/link";
import { Tag, type TagTone } from "@/components/ui/tag";

/** One task on the board, its lines already worded on the server. */
export interface BoardTaskLines {
  id: number;
  title: string;
  /** "Chủ trì: … · Phối hợp: …" */
  units: string;
  /** "Hạn: 31/12/2012 (hạn đầu 30/09/2012) · Hoàn thành ngày …" or "Thường xuyên" */
  timing: string;
  status: string;
  tone: TagTone;
}

export interface BoardDirectiveLines {
  id: number;
  /** "12." */
  number: string;
  sector: string;
  issuerName: string;
  text: string;
  /** The accessible name of its task list ("Nhiệm vụ thực hiện ý kiến chỉ đạo số 12"). */
  tasksLabel: string;
  tasks: BoardTaskLines[];
}

/**
 * The directives of a board with their tasks. A conference with its carry-over shows a
 * hundred tasks; as server markup each one's dozen elements were serialised into the page's
 * RSC data and rendered again to HTML. Here the RSC data carries the words alone and this
 * renders them (on the server for the HTML as before). Nothing here formats or translates.
 */
export function DirectiveList({ directives, noTasks }: { directives: BoardDirectiveLines[]; noTasks: string }) {
  return (
    <ol className="space-y-4">
      {directives.map((directive) => (
        <li key={directive.id} className="rounded border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-center gap-2">
            <span className="text-lg font-bold">{directive.number}</span>
            <Tag tone="blue">{directive.sector}</Tag>
            <span className="text-sm text-slate-700">{directive.issuerName}</span>
          </div>
          <p className="mt-2 whitespace-pre-line text-slate-900">{directive.text}</p>
          {directive.tasks.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">{noTasks}</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-200 border-t border-slate-200" aria-label={directive.tasksLabel}>
              {directive.tasks.map((task) => (
                <li key={task.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
                  <div>
                    <Link href={`/tasks/${task.id}`} className="font-semibold text-brand-700 underline">
                      {task.title}
                    </Link>
                    <p className="text-sm text-slate-700">{task.units}</p>
                    <p className="text-sm text-slate-700">{task.timing}</p>
                  </div>
                  <span className="shrink-0">
                    <Tag tone={task.tone}>{task.status}</Tag>
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
