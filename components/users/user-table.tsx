import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { type Column, DataTable } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import type { UserListRow } from "@/lib/users/queries";
import { UserStatusTag } from "./user-status-tag";

export async function UserTable({ rows }: { rows: UserListRow[] }) {
  const t = await getTranslations();
  const columns: Column<UserListRow>[] = [
    {
      key: "username",
      header: t("users.username"),
      cell: (row) => (
        <Link href={`/admin/users/${row.id}`} className="link">
          {row.username}
        </Link>
      ),
    },
    { key: "displayName", header: t("users.displayName"), cell: (row) => row.displayName },
    { key: "role", header: t("users.role"), cell: (row) => t(`roles.${row.role}`) },
    { key: "agency", header: t("users.agency"), cell: (row) => row.agencyName ?? t("common.none") },
    { key: "status", header: t("users.accountStatus"), cell: (row) => <UserStatusTag active={row.active} /> },
    { key: "lastSignIn", header: t("users.lastSignIn"), cell: (row) => (row.lastSignInAt ? formatDateTime(row.lastSignInAt) : t("users.never")) },
  ];
  return <DataTable columns={columns} rows={rows} rowKey={(row) => row.id} caption={t("users.title")} empty={t("common.noResults")} />;
}
