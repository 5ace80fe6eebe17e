import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { type Column, DataTable } from "@/components/ui/table";
import type { AgencyMatch } from "@/lib/directory/queries";
import { AgencyStatus } from "./agency-status";

/**
 * Agencies as a table: search results (with the parent path, so two "Phòng Văn hóa và
 * Thông tin" of different districts can be told apart) and an agency's units.
 */
export async function AgencyTable({ rows, today, showPath, caption }: { rows: AgencyMatch[]; today: string; showPath: boolean; caption: string }) {
  const t = await getTranslations();
  const columns: Column<AgencyMatch>[] = [
    {
      key: "name",
      header: t("directory.name"),
      cell: ({ agency }) => (
        <Link href={`/directory/agencies/${agency.id}`} className="link">
          {agency.name}
        </Link>
      ),
    },
    { key: "shortName", header: t("directory.shortName"), cell: ({ agency }) => agency.shortName ?? t("common.none") },
    { key: "code", header: t("directory.code"), cell: ({ agency }) => agency.code ?? t("common.none") },
    { key: "kind", header: t("directory.kind"), cell: ({ agency }) => t(`agencyKinds.${agency.kind}`) },
    ...(showPath
      ? [{ key: "path", header: t("directory.belongsTo"), cell: ({ path }: AgencyMatch) => (path.length > 0 ? path.map((a) => a.shortName ?? a.name).join(" › ") : t("common.none")) }]
      : []),
    { key: "status", header: t("common.status"), cell: ({ agency }) => <AgencyStatus agency={agency} today={today} t={t} showActiveTag /> },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={({ agency }) => agency.id} caption={caption} empty={t("common.noResults")} />;
}
