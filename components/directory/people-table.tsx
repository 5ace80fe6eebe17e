import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { type Column, DataTable } from "@/components/ui/table";
import type { PersonRow } from "@/lib/directory/queries";
import { PersonStatusTag } from "./person-status-tag";

/** People with their agency; on an agency's page the agency column is left out. */
export async function PeopleTable({ rows, caption, showAgency = true }: { rows: PersonRow[]; caption: string; showAgency?: boolean }) {
  const t = await getTranslations();
  const none = t("common.none");
  const columns: Column<PersonRow>[] = [
    {
      key: "fullName",
      header: t("directory.fullName"),
      cell: (row) => (
        <Link href={`/directory/people/${row.id}`} className="link">
          {row.fullName}
        </Link>
      ),
    },
    { key: "position", header: t("directory.position"), cell: (row) => row.position ?? none },
    ...(showAgency
      ? [
          {
            key: "agency",
            header: t("directory.agency"),
            cell: (row: PersonRow) =>
              row.agencyId && row.agencyName ? (
                <Link href={`/directory/agencies/${row.agencyId}`} className="text-brand-700 underline">
                  {row.agencyName}
                </Link>
              ) : (
                none
              ),
          },
        ]
      : []),
    { key: "phone", header: t("directory.phone"), cell: (row) => (row.phone ? <a href={`tel:${row.phone.replace(/[^\d+]/g, "")}`}>{row.phone}</a> : none) },
    { key: "email", header: t("directory.email"), cell: (row) => (row.email ? <a href={`mailto:${row.email}`} className="break-all">{row.email}</a> : none) },
    { key: "status", header: t("common.status"), cell: (row) => <PersonStatusTag active={row.active} /> },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(row) => row.id} caption={caption} empty={t("common.noResults")} />;
}
