import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { EarlierIssueNotice } from "@/components/documents/earlier-issue-notice";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { DOCUMENT_SLUGS, kindFromSlug } from "@/lib/documents/content/build";
import { issueConferenceDocumentAction } from "@/lib/documents/content/actions";
import { loadConferenceContext } from "@/lib/documents/content/context";
import { findEarlierIssues } from "@/lib/documents/content/issued-queries";
import { ISSUE_FORM_FIELDS, issueDocumentSchema } from "@/lib/documents/content/validation";
import { signatureOf } from "@/lib/documents/content/wording";
import { formatDocumentNumber, peekNextDocumentNumber, typeCodeOf } from "@/lib/documents/numbering";
import { formatDate } from "@/lib/format";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { firstParam } from "@/lib/search-params";

type Props = { params: Promise<{ id: string; kind: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("conferenceDocuments.confirm");
  return { title: t("title") };
}

/**
 * /conferences/[id]/documents/[kind]/issue?date=&signerName=… — the step before a number is
 * taken for good: the document, its date and signer, the number it will most likely get, and
 * for minutes and the conclusion notice what was issued before (in force: nothing to do;
 * withdrawn: issuing again takes a new number, the old one stays in the register).
 * documents.issue only; the values come from the issue form (reviewIssueAction).
 */
export default async function ConfirmIssuePage({ params, searchParams }: Props) {
  const user = await requirePermission("documents.issue");
  const { id, kind: slug } = await params;
  const kind = kindFromSlug(slug);
  if (!kind) notFound();
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam(id), user);
  if (!conference) notFound();
  const printPage = `/conferences/${conference.id}/documents/${DOCUMENT_SLUGS[kind]}`;
  const query = await searchParams;
  const raw: Record<string, string> = { conferenceId: String(conference.id), kind };
  for (const field of ISSUE_FORM_FIELDS) raw[field] = firstParam(query[field]) ?? "";
  const parsed = issueDocumentSchema.safeParse(raw);
  // Reached without the form's values (or with altered ones): back to the form, which checks them.
  if (!parsed.success) redirect(`${printPage}#issue`);
  const input = parsed.data;

  const [context, earlier] = await Promise.all([loadConferenceContext(db, conference.id), findEarlierIssues(db, conference.id, kind)]);
  if (!context) notFound();
  const t = await getTranslations("conferenceDocuments");
  const kindLabel = t(`kinds.${kind}`);
  const back = (
    <Link href={`${printPage}#issue`} className="text-brand-700 underline">
      ← {t("confirm.back")}
    </Link>
  );
  if (earlier.live) {
    return (
      <>
        <h1 className="mb-4 text-2xl font-bold text-slate-900 sm:text-3xl">{t("confirm.heading", { kind: kindLabel })}</h1>
        <EarlierIssueNotice kind={kind} earlier={earlier} />
        <p>{back}</p>
      </>
    );
  }
  const typeCode = typeCodeOf(kind);
  const year = Number(input.date.slice(0, 4));
  const next = context.host.code ? formatDocumentNumber(await peekNextDocumentNumber(db, { issuingAgencyId: context.host.id, year, typeCode }), typeCode, context.host.code) : null;
  const signature = signatureOf({ ...input, authorityPrefix: input.authorityPrefix ?? null });
  const hidden: Record<string, string | number> = { conferenceId: conference.id, kind, date: input.date, signerName: input.signerName, signerTitle: input.signerTitle };
  if (input.authorityPrefix) Object.assign(hidden, { authorityPrefix: input.authorityPrefix, authorityBody: input.authorityBody ?? "" });
  if (input.invitationId !== undefined) hidden.invitationId = input.invitationId;
  if (input.subject) hidden.subject = input.subject;
  if (earlier.withdrawn) hidden.reissue = "true";

  return (
    <ConfirmAction
      title={t(earlier.withdrawn ? "confirm.reissueHeading" : "confirm.heading", { kind: kindLabel })}
      back={back}
      rows={[
        { label: t("confirm.document"), value: kindLabel },
        { label: t("confirm.conference"), value: conference.title },
        { label: t("issue.date"), value: formatDate(input.date) },
        { label: t("issue.signerName"), value: [signature.authorityPrefix ? `${signature.authorityPrefix} ${signature.authorityBody}` : null, signature.signerTitle, signature.signerName].filter(Boolean).join(" – ") },
        ...(next ? [{ label: t("confirm.number"), value: t("confirm.numberValue", { symbol: next }) }] : []),
      ]}
      consequences={[
        ...(earlier.withdrawn ? [t("confirm.reissue", { symbol: earlier.withdrawn.symbol, reason: earlier.withdrawn.withdrawReason ?? "" })] : []),
        t("confirm.irreversible"),
        t("confirm.asPreviewed"),
      ]}
      action={issueConferenceDocumentAction}
      labels={await getFormLabels("conferenceDocuments.issue.submit", "conferenceDocuments.issue.pending")}
      hidden={hidden}
      variant="primary"
      cancel={{ href: `${printPage}#issue`, label: t("confirm.back") }}
    />
  );
}
