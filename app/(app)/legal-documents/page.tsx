import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { LegalDocumentFilterForm } from "@/components/legal-documents/legal-document-filters";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { listHref, Pager } from "@/components/ui/pager";
import { DataTable } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { LEGAL_DOCUMENT_PAGE_SIZE, listLegalDocuments, parseLegalDocumentParams } from "@/lib/legal-documents/queries";
import { DOCUMENT_TYPES, type DocumentTypeCode } from "@/lib/legal-documents/symbol";
import { ResultCount } from "@/components/ui/result-count";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legalDocuments");
  return { title: t("title") };
}

/** /legal-documents?q=&type=&page= — the register, 50 a page, in one query. */
export default async function LegalDocumentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("directives.view");
  const t = await getTranslations("legalDocuments");
  const tc = await getTranslations("common");
  const filters = parseLegalDocumentParams(await searchParams);
  const { rows, total } = await listLegalDocuments(getDb(), filters);
  const pages = Math.max(1, Math.ceil(total / LEGAL_DOCUMENT_PAGE_SIZE));
  const href = (page: number) => listHref("/legal-documents", { q: filters.q, type: filters.type, page });
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          can(user, "directives.record") ? (
            <LinkButton href="/legal-documents/new" variant="primary">
              {t("newTitle")}
            </LinkButton>
          ) : null
        }
      />
      <LegalDocumentFilterForm filters={filters} />
      <ResultCount>
        {t("list.count", { count: total })}
      </ResultCount>
      <DataTable
        caption={t("title")}
        empty={t("list.empty")}
        rows={rows}
        rowKey={(row) => row.id}
        columns={[
          {
            key: "symbol",
            header: t("symbol"),
            cell: (row) => (
              <Link href={`/legal-documents/${row.id}`} className="link">
                {row.symbol}
              </Link>
            ),
          },
          { key: "type", header: t("type"), cell: (row) => DOCUMENT_TYPES[row.typeCode as DocumentTypeCode] ?? row.typeCode },
          { key: "issuedOn", header: t("issuedOn"), cell: (row) => (row.issuedOn ? formatDate(row.issuedOn) : "—") },
          { key: "issuingBody", header: t("issuingBody"), cell: (row) => row.issuingBody ?? row.issuer },
          { key: "title", header: t("docTitle"), cell: (row) => row.title ?? "—" },
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
