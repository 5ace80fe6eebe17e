import { getTranslations } from "@/lib/i18n/server";
import { FileField } from "@/components/files/file-field";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField } from "@/components/ui/fields";
import { formatDate, formatDateTime } from "@/lib/format";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { uploadFileAction } from "@/lib/storage/actions";
import { ACCEPT_ATTRIBUTE } from "@/lib/storage/content-type";
import { formatFileSize } from "@/lib/storage/format-size";
import { MAX_FILE_BYTES, type StoredFileListItem } from "@/lib/storage/store";
import type { TaskEventRow } from "@/lib/tasks/queries";

const REPORT_KINDS = new Set<TaskEventRow["kind"]>(["progress", "contribution", "completion_reported"]);

function detailString(details: unknown, key: string): string | null {
  if (details && typeof details === "object" && key in details) {
    const value = (details as Record<string, unknown>)[key];
    return typeof value === "string" ? value : null;
  }
  return null;
}

/**
 * The task's history, oldest first, with evidence and attached files (loaded by the page
 * in one batched call). Evidence can be attached to the newest report the user may change.
 */
export async function TaskHistory({ events, files, attachToEventId }: { events: TaskEventRow[]; files: StoredFileListItem[]; attachToEventId: number | null }) {
  const t = await getTranslations("tasks");
  const tf = await getTranslations("files");
  const filesByEvent = new Map<number, StoredFileListItem[]>();
  for (const file of files) filesByEvent.set(file.ownerId, [...(filesByEvent.get(file.ownerId) ?? []), file]);
  const uploadLabels = attachToEventId !== null ? await getFormLabels("files.upload", "files.uploading") : null;

  return (
    <section aria-labelledby="task-history" className="space-y-3">
      <h2 id="task-history" className="text-xl font-bold text-slate-900">
        {t("detail.history")}
      </h2>
      {events.length === 0 ? <p className="text-slate-700">{t("detail.historyEmpty")}</p> : null}
      <ol className="space-y-3">
        {events.map((event) => {
          const from = detailString(event.details, "fromDeadline");
          const to = detailString(event.details, "toDeadline");
          const requested = detailString(event.details, "requestedDeadline");
          const eventFiles = filesByEvent.get(event.id) ?? [];
          return (
            <li key={event.id} className="rounded border border-slate-200 bg-white p-3">
              <p className="font-semibold text-slate-900">
                {t(`events.${event.kind}`)}
                {event.agencyName ? ` — ${event.agencyName}` : ""}
              </p>
              <p className="text-sm text-slate-600">
                {formatDateTime(event.at)}
                {event.byName ? ` · ${event.byName}` : ""}
              </p>
              {event.text ? <p className="mt-1 whitespace-pre-line text-slate-800">{event.text}</p> : null}
              <ul className="mt-1 text-sm text-slate-700">
                {event.percent !== null && REPORT_KINDS.has(event.kind) ? <li>{t("detail.percent", { percent: event.percent })}</li> : null}
                {event.evidenceNumber ? (
                  <li>{event.evidenceDate ? t("detail.evidenceDated", { number: event.evidenceNumber, date: formatDate(event.evidenceDate) }) : t("detail.evidence", { number: event.evidenceNumber })}</li>
                ) : null}
                {requested ? <li>{t("detail.requested", { date: formatDate(requested) })}</li> : null}
                {from && to ? <li>{t("detail.deadlineMoved", { from: formatDate(from), to: formatDate(to) })}</li> : null}
              </ul>
              {eventFiles.length > 0 ? (
                <ul className="mt-2 space-y-1" aria-label={tf("title")}>
                  {eventFiles.map((file) => (
                    <li key={file.id} className="text-sm">
                      <a href={`/api/files/${file.id}`} className="link underline-offset-2">
                        {file.fileName}
                      </a>{" "}
                      <span className="text-slate-600">({formatFileSize(file.byteSize)})</span>
                    </li>
                  ))}
                </ul>
              ) : null}
              {uploadLabels && event.id === attachToEventId ? (
                <ActionForm action={uploadFileAction} labels={uploadLabels} variant="secondary" className="mt-3">
                  <HiddenField name="ownerType" value="task_event" />
                  <HiddenField name="ownerId" value={event.id} />
                  <FileField name="file" label={t("detail.attach")} hint={tf("fileHint")} accept={ACCEPT_ATTRIBUTE} maxBytes={MAX_FILE_BYTES} tooLargeMessage={tf("tooLarge")} />
                </ActionForm>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
