import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ConferenceLink } from "@/components/conferences/conference-link";
import { EditLegalDocumentForm } from "@/components/legal-documents/legal-document-form";
import { PageHeader } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { openableConferenceIds } from "@/lib/conferences/access";
import { formatDate } from "@/lib/format";
import { citation, getLegalDocument, listReferencingDirectives } from "@/lib/legal-documents/queries";
import { DOCUMENT_TYPES, type DocumentTypeCode } from "@/lib/legal-documents/symbol";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legalDocuments");
  return { title: t("summary") };
}

/** /legal-documents/[id] — the document, its edit form (directives.record) and the directives citing it (one query). */
export default async function LegalDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("directives.view");
  const id = Number((await params).id);
  const db = getDb();
  const document = await getLegalDocument(db, /^\d{1,9}$/.test((await params).id) ? id : Number.NaN);
  if (!document) notFound();
  const t = await getTranslations("legalDocuments");
  const referencing = await listReferencingDirectives(db, document.id, user);
  const openable = await openableConferenceIds(db, user, referencing.map((row) => row.conferenceId));
  return (
    <>
      <PageHeader
        title={citation(document)}
        intro={document.title ?? undefined}
        back={
          <Link href="/legal-documents" className="text-brand-700 underline">
            ← {t("back")}
          </Link>
        }
      />
      <SummaryList
        rows={[
          { label: t("symbol"), value: document.symbol },
          { label: t("type"), value: DOCUMENT_TYPES[document.typeCode as DocumentTypeCode] ?? document.typeCode },
          { label: t("issuingBody"), value: document.issuingBody ?? document.issuer },
          { label: t("issuedOn"), value: document.issuedOn ? formatDate(document.issuedOn) : null },
          { label: t("docTitle"), value: document.title },
        ]}
      />
      <section aria-labelledby="referenced-by" className="mt-8">
        <h2 id="referenced-by" className="mb-3 text-lg font-bold">
          {t("referencedBy")}
        </h2>
        {referencing.length === 0 ? (
          <p className="text-slate-700">{t("referencedByEmpty")}</p>
        ) : (
          <ul className="space-y-3">
            {referencing.map((row) => (
              <li key={row.id} className="rounded border border-slate-200 bg-white p-3">
                <ConferenceLink href={`/conferences/${row.conferenceId}/directives`} canOpen={openable.has(row.conferenceId)} className="link">
                  {`${formatDate(row.conferenceStartsAt)} · ${row.conferenceTitle}`}
                </ConferenceLink>
                <p className="mt-1">{`${t("directiveNumber", { number: row.number })}: ${row.text}`}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {can(user, "directives.record") ? (
        <section aria-labelledby="edit-document" className="no-print mt-8">
          <h2 id="edit-document" className="mb-3 text-lg font-bold">
            {t("editTitle")}
          </h2>
          <EditLegalDocumentForm key={document.version} document={document} />
        </section>
      ) : null}
    </>
  );
}
