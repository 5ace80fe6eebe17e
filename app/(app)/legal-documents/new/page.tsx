import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { CreateLegalDocumentForm } from "@/components/legal-documents/legal-document-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("legalDocuments");
  return { title: t("newTitle") };
}

/** /legal-documents/new — add a document to the register (directives.record). */
export default async function NewLegalDocumentPage() {
  await requirePermission("directives.record");
  const t = await getTranslations("legalDocuments");
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        back={
          <Link href="/legal-documents" className="text-brand-700 underline">
            ← {t("back")}
          </Link>
        }
      />
      <CreateLegalDocumentForm />
    </>
  );
}
