import { getTranslations } from "@/lib/i18n/server";
import { type ReactNode } from "react";
import { Tag } from "@/components/ui/tag";
import type { AgendaRow } from "@/lib/agenda/queries";
import type { ComputedItem } from "@/lib/agenda/rules";
import { formatTime } from "@/lib/format";
import { formatFileSize } from "@/lib/storage/format-size";
import type { StoredFileListItem } from "@/lib/storage/store";

/**
 * The agenda as people read it: number, time (explicit, or "dự kiến" when derived from
 * the item before), content, kind, presenter, duration. `actions` adds edit/delete for managers.
 */
export async function AgendaTable({
  items,
  times,
  overrunIds,
  files,
  actions,
}: {
  items: AgendaRow[];
  times: ComputedItem[];
  overrunIds: ReadonlySet<number>;
  /** Each item's attached documents, loaded for the whole agenda in one query. */
  files?: ReadonlyMap<number, StoredFileListItem[]>;
  actions?: (item: AgendaRow) => ReactNode;
}) {
  const t = await getTranslations("agenda");
  if (items.length === 0) return <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{t("empty")}</p>;
  const timeOf = new Map(times.map((time) => [time.id, time]));
  return (
    <ol className="space-y-3">
      {items.map((item, index) => {
        const time = timeOf.get(item.id);
        return (
          <li key={item.id} className={`rounded border bg-white p-3 ${overrunIds.has(item.id) ? "border-amber-500" : "border-slate-200"}`}>
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
              <span className="font-semibold tabular-nums">{index + 1}.</span>
              <span className="tabular-nums text-slate-700">
                {time?.start ? formatTime(time.start) : t("timeUnknown")}
                {time?.end ? `–${formatTime(time.end)}` : ""}
                {time?.derived ? <span className="ml-1 text-sm text-slate-500">{t("derivedTime")}</span> : null}
              </span>
              <h3 className="min-w-0 flex-1 break-words font-semibold text-slate-900">
                {/* The follow-up review's content is the carry-over section below the agenda. */}
                {item.kind === "follow_up_review" ? (
                  <a href="#carry-over" className="text-brand-700 underline">
                    {item.title}
                  </a>
                ) : (
                  item.title
                )}
              </h3>
              <Tag tone="blue">{t(`kinds.${item.kind}`)}</Tag>
            </div>
            <dl className="mt-1 grid gap-x-4 text-sm text-slate-700 sm:grid-cols-[auto_1fr]">
              {item.presenterName ? (
                <>
                  <dt className="font-semibold">{t("presenter")}</dt>
                  <dd>{item.presenterName}</dd>
                </>
              ) : null}
              {item.durationMinutes ? (
                <>
                  <dt className="font-semibold">{t("durationMinutes")}</dt>
                  <dd>{t("duration", { minutes: item.durationMinutes })}</dd>
                </>
              ) : null}
              {files?.get(item.id)?.length ? (
                <>
                  <dt className="font-semibold">{t("documents")}</dt>
                  <dd>
                    <ul>
                      {files.get(item.id)!.map((file) => (
                        <li key={file.id}>
                          <a href={`/api/files/${file.id}`} className="text-brand-700 underline">
                            {file.fileName}
                          </a>{" "}
                          <span className="text-slate-500">({formatFileSize(file.byteSize)})</span>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              ) : null}
              {item.notes ? (
                <>
                  <dt className="font-semibold">{t("notes")}</dt>
                  <dd className="whitespace-pre-line">{item.notes}</dd>
                </>
              ) : null}
            </dl>
            {actions ? <div className="no-print mt-2">{actions(item)}</div> : null}
          </li>
        );
      })}
    </ol>
  );
}
