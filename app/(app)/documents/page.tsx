import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { listHref, Pager } from "@/components/ui/pager";
import { ResultCount } from "@/components/ui/result-count";
import { DataTable } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { listIssuedDocuments, listRegisterYears, parseRegisterParams, REGISTER_PAGE_SIZE, type RegisterRow } from "@/lib/documents/register-queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { RegisterFilterForm } from "./register-filters";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("documents");
  return { title: t("title") };
}

/**
 * /documents?year=&type=&page= — the register of issued documents (sổ văn bản đi), 50 a page
 * in one query; unit officers see only the documents addressed to their agency.
 */
export default async function DocumentRegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("documents.view");
  const t = await getTranslations("documents");
  const tc = await getTranslations("common");
  const filters = parseRegisterParams(await searchParams);
  const db = getDb();
  const [{ rows, total }, years] = await Promise.all([listIssuedDocuments(db, user, filters), listRegisterYears(db, user)]);
  const pages = Math.max(1, Math.ceil(total / REGISTER_PAGE_SIZE));
  const href = (page: number) => listHref("/documents", { year: filters.year, type: filters.type, page });
  const mayWithdraw = can(user, "documents.issue");

  const status = (row: RegisterRow) =>
    row.withdrawnAt ? (
      <>
        <Tag tone="red">{t("status.withdrawn")}</Tag>
        <span className="mt-1 block text-sm text-slate-700">{t("withdrawnDetail", { name: row.withdrawnByName ?? "—", time: formatDateTime(row.withdrawnAt), reason: row.withdrawReason ?? "" })}</span>
      </>
    ) : (
      <Tag tone="green">{t("status.issued")}</Tag>
    );

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <RegisterFilterForm filters={filters} years={years} />
      <ResultCount>{t("list.count", { count: total })}</ResultCount>
      <DataTable
        caption={t("title")}
        empty={t("list.empty")}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          { key: "symbol", header: t("columns.symbol"), cell: (row) => <span className="whitespace-nowrap font-semibold">{row.symbol}</span> },
          { key: "issuedOn", header: t("columns.issuedOn"), cell: (row) => formatDate(row.issuedOn) },
          { key: "type", header: t("columns.type"), cell: (row) => (t.has(`types.${row.typeCode}`) ? t(`types.${row.typeCode}`) : row.typeCode) },
          { key: "title", header: t("columns.docTitle"), cell: (row) => row.title },
          {
            key: "conference",
            header: t("columns.conference"),
            cell: (row) =>
              row.conferenceId ? (
                <Link href={`/conferences/${row.conferenceId}`} className="text-brand-700 underline">
                  {row.conferenceTitle}
                </Link>
              ) : (
                tc("none")
              ),
          },
          {
            key: "signer",
            header: t("columns.signer"),
            cell: (row) => (
              <>
                {row.signerName ?? tc("none")}
                {row.signerTitle ? <span className="block text-sm text-slate-700">{[row.authorityPrefix, row.signerTitle].filter(Boolean).join(" ")}</span> : null}
              </>
            ),
          },
          { key: "issuedBy", header: t("columns.issuedBy"), cell: (row) => t("issuedByAt", { name: row.issuedByName, time: formatDateTime(row.issuedAt) }) },
          { key: "status", header: t("columns.status"), cell: status },
          {
            key: "actions",
            header: t("columns.actions"),
            cell: (row) => (
              <span className="flex flex-wrap gap-x-3 gap-y-1">
                <a href={`/api/documents/${row.id}`} aria-label={t("downloadLabel", { symbol: row.symbol })} className="link">
                  {t("download")}
                </a>
                {mayWithdraw && !row.withdrawnAt ? (
                  <Link href={`/documents/${row.id}/withdraw`} aria-label={t("withdraw.openLabel", { symbol: row.symbol })} className="font-semibold text-danger-600 underline">
                    {t("withdraw.open")}
                  </Link>
                ) : null}
              </span>
            ),
          },
        ]}
      />
      <Pager
        label={t("list.pagination")}
        status={tc("page", { page: Math.min(filters.page, pages), pages })}
        previousHref={filters.page > 1 ? href(Math.min(filters.page - 1, pages)) : undefined}
        nextHref={filters.page < pages ? href(filters.page + 1) : undefined}
        previous={tc("previous")}
        next={tc("next")}
      />
    </>
  );
}
