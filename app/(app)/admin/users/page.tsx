import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listHref, Pager } from "@/components/ui/pager";
import { UserFilters } from "@/components/users/user-filters";
import { UserTable } from "@/components/users/user-table";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { listUsers, parseUserListParams, USERS_PAGE_SIZE } from "@/lib/users/queries";
import { ResultCount } from "@/components/ui/result-count";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("title") };
}

/** /admin/users?q=&role=&page= — accounts, 50 a page. */
export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("users.manage");
  const t = await getTranslations();
  const filters = parseUserListParams(await searchParams);
  const { rows, total } = await listUsers(getDb(), filters);
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const href = (page: number) => listHref("/admin/users", { q: filters.q, role: filters.role, page });

  return (
    <>
      <PageHeader
        title={t("users.title")}
        intro={t("users.intro")}
        actions={
          <LinkButton href="/admin/users/new" variant="primary">
            {t("users.new")}
          </LinkButton>
        }
      />
      <UserFilters filters={filters} />
      <ResultCount>
        {t("common.total", { count: total })}
      </ResultCount>
      <UserTable rows={rows} />
      <Pager
        label={t("users.pagination")}
        status={t("common.page", { page: filters.page, pages })}
        previousHref={filters.page > 1 ? href(Math.min(filters.page - 1, pages)) : undefined}
        nextHref={filters.page < pages ? href(filters.page + 1) : undefined}
        previous={t("common.previous")}
        next={t("common.next")}
      />
    </>
  );
}
