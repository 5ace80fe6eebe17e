import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { type Column, DataTable } from "@/components/ui/table";
import { type AuditRow, entityHref } from "@/lib/audit-log/queries";
import { formatDate, formatTime } from "@/lib/format";
import { AuditChanges } from "./audit-changes";

export async function AuditTable({ rows, actionLabels, entityTypeLabels }: { rows: AuditRow[]; actionLabels: Map<string, string>; entityTypeLabels: Map<string, string> }) {
  const t = await getTranslations();
  const changeLabels = { view: t("audit.view"), before: t("audit.before"), after: t("audit.after") };
  const columns: Column<AuditRow>[] = [
    { key: "at", header: t("audit.at"), cell: (row) => <time dateTime={row.at.toISOString()}>{`${formatDate(row.at)} ${formatTime(row.at)}`}</time>, className: "whitespace-nowrap" },
    {
      key: "actor",
      header: t("audit.actor"),
      cell: (row) => (row.actorUsername || row.actorDisplayName ? <span title={row.actorDisplayName ?? undefined}>{row.actorUsername ?? row.actorDisplayName}</span> : t("audit.system")),
    },
    // An action nobody has labelled yet is shown as written rather than hidden.
    { key: "action", header: t("audit.action"), cell: (row) => actionLabels.get(row.action) ?? row.action },
    {
      key: "entity",
      header: t("audit.entity"),
      cell: (row) => {
        if (!row.entityType) return t("common.none");
        const text = `${entityTypeLabels.get(row.entityType) ?? row.entityType}${row.entityId ? ` #${row.entityId}` : ""}`;
        const href = entityHref(row.entityType, row.entityId);
        return href ? (
          <Link href={href} className="text-brand-700 underline">
            {text}
          </Link>
        ) : (
          text
        );
      },
    },
    { key: "ip", header: t("audit.ip"), cell: (row) => row.ip ?? t("common.none") },
    { key: "changes", header: t("audit.changes"), cell: (row) => <AuditChanges before={row.before} after={row.after} labels={changeLabels} /> },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(row) => row.id} caption={t("audit.title")} empty={t("common.noResults")} />;
}
