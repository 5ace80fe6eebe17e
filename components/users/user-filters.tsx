import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/fields";
import { roles } from "@/db/schema";
import type { UserListFilters } from "@/lib/users/queries";

/** Search and role filter as a GET form: the URL holds the filters, so results can be bookmarked and shared. */
export async function UserFilters({ filters }: { filters: UserListFilters }) {
  const t = await getTranslations();
  const filtered = Boolean(filters.q || filters.role);
  return (
    <form method="get" action="/admin/users" role="search" className="mb-5 grid gap-4 rounded border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_16rem_auto] sm:items-end">
      <TextField name="q" type="search" label={t("users.search")} defaultValue={filters.q} autoComplete="off" />
      <SelectField name="role" label={t("users.role")} placeholder={t("users.allRoles")} defaultValue={filters.role} options={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass("primary")}>
          {t("common.search")}
        </button>
        {filtered ? (
          <Link href="/admin/users" className="text-sm font-semibold text-brand-700 underline">
            {t("common.clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
