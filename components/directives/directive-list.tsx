"use client";
import { tagMarkup, type TagTone } from "@/components/ui/tag";
import { element, fragment, type Markup } from "@/lib/ui/html";

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

function taskHtml(task: BoardTaskLines): Markup {
  return element(
    "li",
    null,
    element("a", { href: `/tasks/${task.id}` }, task.title),
    element("p", null, task.units),
    element("p", null, task.timing),
    tagMarkup(task.tone, task.status),
  );
}

function directiveHtml(directive: BoardDirectiveLines, noTasks: string): Markup {
  return element(
    "li",
    null,
    element(
      "p",
      { class: "board-head" },
      element("b", null, directive.number),
      tagMarkup("blue", directive.sector),
      directive.issuerName,
    ),
    element("p", { class: "board-text" }, directive.text),
    directive.tasks.length === 0
      ? element("p", { class: "board-none" }, noTasks)
      : element("ul", { class: "board-tasks", "aria-label": directive.tasksLabel }, ...directive.tasks.map(taskHtml)),
  );
}

/**
 * The directives of a board with their tasks. A conference with its carry-over shows a
 * hundred tasks; the page's RSC data carries their words alone, and this writes them as one
 * string of markup (lib/ui/html.ts), on the server for the HTML and in the browser only if
 * React renders the page again. Nothing here formats or translates. The layout is the .board
 * rules in app/globals.css, so a task is five elements with no classes of their own but its
 * status word's.
 */
export function DirectiveList({ directives, noTasks }: { directives: BoardDirectiveLines[]; noTasks: string }) {
  const html = fragment(...directives.map((directive) => directiveHtml(directive, noTasks))).html;
  return <ol className="board" dangerouslySetInnerHTML={{ __html: html }} />;
}
