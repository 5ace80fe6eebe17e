"use client";

import { type DragEvent, type KeyboardEvent, useActionState, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { type FormState, idleFormState } from "@/lib/form-state";

export interface ReorderItem {
  id: number;
  title: string;
  /** "08:30" or "" when unknown. */
  time: string;
}

export interface ReorderLabels {
  hint: string;
  moveUp: string;
  moveDown: string;
  /** "Chuyển “{title}” lên": {title} is replaced here. */
  moveUpLabel: string;
  moveDownLabel: string;
  /** "“{title}” đã chuyển đến vị trí {position}/{total}." */
  moved: string;
  save: string;
  saving: string;
  listLabel: string;
}

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

/**
 * Reordering without a library: native HTML5 drag and drop, "Lên"/"Xuống" buttons, and
 * Alt+ArrowUp/Down on a focused row. Each move is announced in a live region; the new
 * order is saved as one list so the server can refuse it if the agenda changed meanwhile.
 */
export function AgendaReorder({ conferenceId, items, labels, action }: { conferenceId: number; items: ReorderItem[]; labels: ReorderLabels; action: (state: FormState, data: FormData) => Promise<FormState> }) {
  const [order, setOrder] = useState(items);
  const [announcement, setAnnouncement] = useState("");
  const [dragged, setDragged] = useState<number | null>(null);
  const [state, formAction, pending] = useActionState(action, idleFormState);
  const rowRefs = useRef(new Map<number, HTMLLIElement>());
  const changed = order.some((item, index) => item.id !== items[index]?.id);

  function move(from: number, to: number, focus = false) {
    if (to < 0 || to >= order.length || from === to) return;
    const next = [...order];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item);
    setOrder(next);
    setAnnouncement(fill(labels.moved, { title: item.title, position: to + 1, total: next.length }));
    if (focus) requestAnimationFrame(() => rowRefs.current.get(item.id)?.focus());
  }

  function onKeyDown(event: KeyboardEvent<HTMLLIElement>, index: number) {
    if (!event.altKey || event.target !== event.currentTarget) return;
    if (event.key === "ArrowUp") {
      event.preventDefault();
      move(index, index - 1, true);
    } else if (event.key === "ArrowDown") {
      event.preventDefault();
      move(index, index + 1, true);
    }
  }

  function onDrop(event: DragEvent<HTMLLIElement>, index: number) {
    event.preventDefault();
    const from = order.findIndex((item) => item.id === dragged);
    if (from >= 0) move(from, index);
    setDragged(null);
  }

  return (
    <form action={formAction} className="space-y-3">
      <p className="text-sm text-slate-700">{labels.hint}</p>
      <input type="hidden" name="conferenceId" value={conferenceId} />
      <input type="hidden" name="order" value={order.map((item) => item.id).join(",")} />
      <ol aria-label={labels.listLabel} className="space-y-2">
        {order.map((item, index) => (
          <li
            key={item.id}
            ref={(node) => {
              if (node) rowRefs.current.set(item.id, node);
              else rowRefs.current.delete(item.id);
            }}
            tabIndex={0}
            draggable
            aria-grabbed={dragged === item.id}
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = "move";
              event.dataTransfer.setData("text/plain", String(item.id));
              setDragged(item.id);
            }}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => onDrop(event, index)}
            onDragEnd={() => setDragged(null)}
            onKeyDown={(event) => onKeyDown(event, index)}
            className={`flex flex-wrap items-center gap-2 rounded border-2 bg-white p-2 focus:outline-none focus:ring-4 focus:ring-amber-400 ${dragged === item.id ? "border-brand-600 opacity-60" : "border-slate-300"} cursor-move`}
          >
            <span aria-hidden="true" className="select-none text-slate-500">
              ⠿
            </span>
            <span className="w-8 font-semibold tabular-nums">{index + 1}.</span>
            <span className="min-w-0 flex-1 break-words">
              {item.time ? <span className="mr-2 tabular-nums text-slate-600">{item.time}</span> : null}
              {item.title}
            </span>
            <button type="button" className={buttonClass("secondary", "min-h-8 px-2 py-1")} disabled={index === 0} aria-label={fill(labels.moveUpLabel, { title: item.title })} onClick={() => move(index, index - 1)}>
              {labels.moveUp}
            </button>
            <button type="button" className={buttonClass("secondary", "min-h-8 px-2 py-1")} disabled={index === order.length - 1} aria-label={fill(labels.moveDownLabel, { title: item.title })} onClick={() => move(index, index + 1)}>
              {labels.moveDown}
            </button>
          </li>
        ))}
      </ol>
      <p aria-live="polite" role="status" className="sr-only">
        {announcement}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass("primary")} disabled={pending || !changed} aria-disabled={pending || !changed}>
          {pending ? labels.saving : labels.save}
        </button>
        {state.status !== "idle" && state.message ? (
          <span role="status" className={state.status === "error" ? "font-semibold text-danger-600" : "text-green-800"}>
            {state.message}
          </span>
        ) : null}
      </div>
    </form>
  );
}
