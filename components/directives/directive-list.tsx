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
 * The layout is the .board rules in app/globals.css, so a task is five elements with no
 * utility classes of its own.
 */
export function DirectiveList({ directives, noTasks }: { directives: BoardDirectiveLines[]; noTasks: string }) {
  return (
    <ol className="board">
      {directives.map((directive) => (
        <li key={directive.id}>
          <p className="board-head">
            <b>{directive.number}</b>
            <Tag tone="blue">{directive.sector}</Tag>
            {directive.issuerName}
          </p>
          <p className="board-text">{directive.text}</p>
          {directive.tasks.length === 0 ? (
            <p className="board-none">{noTasks}</p>
          ) : (
            <ul className="board-tasks" aria-label={directive.tasksLabel}>
              {directive.tasks.map((task) => (
                <li key={task.id}>
                  <Link href={`/tasks/${task.id}`}>{task.title}</Link>
                  <p>{task.units}</p>
                  <p>{task.timing}</p>
                  <Tag tone={task.tone}>{task.status}</Tag>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
