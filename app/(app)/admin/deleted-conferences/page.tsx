import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField } from "@/components/ui/fields";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { restoreConferenceAction } from "@/lib/conferences/actions";
import { DELETED_LIST_LIMIT, listDeletedConferences } from "@/lib/conferences/deletion-queries";
import { formatConferenceTime } from "@/lib/conferences/format";
import { formatDateTime, formatNumber } from "@/lib/format";
import { getFormLabels } from "@/lib/i18n/form-labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("conferences.deleted");
  return { title: t("title") };
}

/**
 * /admin/deleted-conferences — conferences deleted by the secretariat (drafts only), newest
 * deletion first, each with "Khôi phục", which brings it back with its invitations and agenda.
 * conferences.restore (the admin) only; the action checks again.
 */
export default async function DeletedConferencesPage() {
  await requirePermission("conferences.restore");
  const t = await getTranslations("conferences");
  const rows = await listDeletedConferences(getDb());
  const weekdays = t.raw("weekdays") as string[];
  const labels = await getFormLabels("conferences.deleted.restore", "common.saving");
  return (
    <>
      <PageHeader title={t("deleted.title")} intro={t("deleted.intro", { limit: formatNumber(DELETED_LIST_LIMIT) })} />
      <DataTable
        caption={t("deleted.title")}
        empty={t("deleted.empty")}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { key: "title", header: t("fields.title"), cell: (row) => row.title },
          { key: "time", header: t("list.time"), cell: (row) => formatConferenceTime(row.startsAt, row.endsAt, weekdays), className: "sm:w-56" },
          { key: "deleted", header: t("deleted.deletedBy"), cell: (row) => t("deleted.deletedByAt", { name: row.deletedByName ?? "—", time: row.deletedAt ? formatDateTime(row.deletedAt) : "—" }) },
          {
            key: "restore",
            header: t("deleted.restore"),
            cell: (row) => (
              <ActionForm compact variant="secondary" action={restoreConferenceAction} labels={labels}>
                <HiddenField name="id" value={row.id} />
              </ActionForm>
            ),
          },
        ]}
      />
    </>
  );
}
