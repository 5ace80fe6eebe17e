import { getTranslations } from "@/lib/i18n/server";
import { DataTable } from "@/components/ui/table";
import type { StatusChangeRow } from "@/lib/conferences/queries";
import { formatDateTime } from "@/lib/format";

/** Every status change with its reason and, for a postponement, the new time: what invitees were told and when. */
export async function ConferenceHistory({ rows }: { rows: StatusChangeRow[] }) {
  const t = await getTranslations("conferences.page");
  const tStatus = await getTranslations("conferenceStatuses");
  return (
    <section aria-labelledby="history-title" className="mt-8">
      <h2 id="history-title" className="mb-3 text-xl font-bold text-slate-900">
        {t("history")}
      </h2>
      <DataTable
        caption={t("history")}
        empty={t("noHistory")}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { key: "at", header: t("historyAt"), cell: (row) => formatDateTime(row.changedAt), className: "sm:w-40" },
          {
            key: "change",
            header: t("historyChange"),
            cell: (row) => (
              <>
                {row.fromStatus && row.fromStatus !== row.toStatus ? `${tStatus(row.fromStatus)} → ` : ""}
                {tStatus(row.toStatus)}
                {row.newStartsAt && row.previousStartsAt ? <span className="block text-slate-700">{t("historyNewDate", { time: formatDateTime(row.newStartsAt) })}</span> : null}
              </>
            ),
          },
          { key: "reason", header: t("historyReason"), cell: (row) => row.reason ?? "—" },
          { key: "by", header: t("historyBy"), cell: (row) => row.changedByName ?? "—" },
        ]}
      />
    </section>
  );
}
