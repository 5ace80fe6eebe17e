import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { TextAreaField } from "@/components/ui/fields";
import { PageHeader } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag } from "@/components/ui/tag";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { withdrawDocumentAction } from "@/lib/documents/register-actions";
import { getRegisterEntry } from "@/lib/documents/register-queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { getFormLabels } from "@/lib/i18n/form-labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("documents.withdraw");
  return { title: t("submit") };
}

/** /documents/[id]/withdraw — what is withdrawn, and the reason (required); documents.issue only. */
export default async function WithdrawDocumentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("documents.issue");
  const raw = (await params).id;
  const entry = /^\d{1,10}$/.test(raw) ? await getRegisterEntry(getDb(), user, Number(raw)) : null;
  if (!entry) notFound();
  const t = await getTranslations("documents");
  const back = `/documents?year=${entry.year}`;
  const backLink = (
    <Link href={back} className="text-brand-700 underline">
      ← {t("title")}
    </Link>
  );
  const rows = [
    { label: t("columns.symbol"), value: entry.symbol },
    { label: t("columns.issuedOn"), value: formatDate(entry.issuedOn) },
    { label: t("columns.type"), value: t.has(`types.${entry.typeCode}`) ? t(`types.${entry.typeCode}`) : entry.typeCode },
    { label: t("columns.docTitle"), value: entry.title },
    { label: t("columns.issuedBy"), value: t("issuedByAt", { name: entry.issuedByName, time: formatDateTime(entry.issuedAt) }) },
  ];
  if (entry.withdrawnAt) {
    return (
      <>
        <PageHeader title={t("withdraw.openLabel", { symbol: entry.symbol })} back={backLink} />
        <SummaryList rows={rows} />
        <p className="mt-6 max-w-2xl">
          <Tag tone="red">{t("status.withdrawn")}</Tag>{" "}
          {t("withdrawnDetail", { name: entry.withdrawnByName ?? "—", time: formatDateTime(entry.withdrawnAt), reason: entry.withdrawReason ?? "" })}
        </p>
      </>
    );
  }
  return (
    <ConfirmAction
      title={t("withdraw.openLabel", { symbol: entry.symbol })}
      back={backLink}
      rows={rows}
      consequences={[t("withdraw.hint")]}
      action={withdrawDocumentAction}
      labels={await getFormLabels("documents.withdraw.submit")}
      hidden={{ id: entry.id }}
      cancel={{ href: back }}
    >
      <TextAreaField name="reason" label={t("withdraw.reason")} required rows={3} />
    </ConfirmAction>
  );
}
