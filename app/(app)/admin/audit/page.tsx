import type { Metadata } from "next";
import { getMessages, getTranslations } from "@/lib/i18n/server";
import { AuditFilters } from "@/components/audit-log/audit-filters";
import { AuditTable } from "@/components/audit-log/audit-table";
import { PageHeader } from "@/components/ui/page-header";
import { listHref, Pager } from "@/components/ui/pager";
import { getDb } from "@/db/client";
import { flattenLabels, messagesAt } from "@/lib/audit-log/labels";
import { listAuditEntries, parseAuditFilters } from "@/lib/audit-log/queries";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

/** /admin/audit?action=&actor=&entityType=&from=&to=&page= — newest first, 50 a page. */
export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("audit.view");
  const t = await getTranslations();
  const filters = parseAuditFilters(await searchParams);
  const messages = await getMessages();
  const actionLabels = flattenLabels(messagesAt(messages, "audit.actions"));
  const entityTypeLabels = flattenLabels(messagesAt(messages, "audit.entityTypes"));
  const { rows, hasNext } = await listAuditEntries(getDb(), filters);
  const href = (page: number) => listHref("/admin/audit", { action: filters.action, actor: filters.actor, entityType: filters.entityType, from: filters.from, to: filters.to, page });
  const options = (labels: Map<string, string>) => [...labels].map(([value, label]) => ({ value, label }));

  return (
    <>
      <PageHeader title={t("audit.title")} intro={t("audit.intro")} />
      <AuditFilters filters={filters} actionOptions={options(actionLabels)} entityTypeOptions={options(entityTypeLabels)} />
      <AuditTable rows={rows} actionLabels={actionLabels} entityTypeLabels={entityTypeLabels} />
      <Pager
        label={t("audit.pagination")}
        status={t("audit.pageNumber", { page: filters.page })}
        previousHref={filters.page > 1 ? href(filters.page - 1) : undefined}
        nextHref={hasNext ? href(filters.page + 1) : undefined}
        previous={t("common.previous")}
        next={t("common.next")}
      />
    </>
  );
}
