import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button";
import type { OfficialDocumentKind } from "@/db/schema";
import { DOCUMENT_KINDS_IN_ORDER, DOCUMENT_SLUGS } from "@/lib/documents/content/build";
import { isDraftKind } from "@/lib/documents/content/drafts";

/**
 * One card per document of the conference: what it is, "Xem bản in", "Tải bản nháp (.docx)",
 * the draft editors (minutes, conclusion notice) and, for those who issue, "Ban hành" (the print view with its issue
 * form). Each link names its document for screen readers, so the repeated words stay distinct.
 */
export async function DocumentCards({ conferenceId, canIssue, previousTitle }: { conferenceId: number; canIssue: boolean; previousTitle: string | null }) {
  const t = await getTranslations("conferenceDocuments");
  const base = `/conferences/${conferenceId}/documents`;
  const linkClass = "link";
  const named = (label: string, kind: OfficialDocumentKind | "news") => (
    <>
      {label}
      <span className="sr-only"> – {t(`kinds.${kind}`)}</span>
    </>
  );
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {DOCUMENT_KINDS_IN_ORDER.map((kind) => {
        const slug = DOCUMENT_SLUGS[kind];
        return (
          <li key={kind} className="flex flex-col rounded border border-slate-200 bg-white p-4">
            <h3 className="text-lg font-bold text-slate-900">{t(`kinds.${kind}`)}</h3>
            <p className="mt-1 text-sm text-slate-700">{t(`descriptions.${kind}`)}</p>
            {kind === "follow_up_report" ? (
              <p className="mt-1 text-sm text-slate-600">{previousTitle ? t("followUp.previous", { title: previousTitle }) : t("followUp.noPrevious")}</p>
            ) : null}
            <div className="mt-auto flex flex-wrap items-center gap-x-4 gap-y-2 pt-3 text-sm">
              <Link href={`${base}/${slug}`} className={linkClass}>
                {named(t("actions.preview"), kind)}
              </Link>
              <a href={`/api${base}/${slug}`} className={linkClass}>
                {named(t("actions.draftDocx"), kind)}
              </a>
              {isDraftKind(kind) && canIssue ? (
                <Link href={`${base}/${slug}/edit`} className={linkClass}>
                  {t(kind === "minutes" ? "actions.editMinutes" : "actions.editConclusion")}
                </Link>
              ) : null}
              {canIssue ? (
                <Link href={`${base}/${slug}#issue`} className={buttonClass("secondary", "min-h-8 px-3 py-1")}>
                  {named(t("actions.issue"), kind)}
                </Link>
              ) : null}
            </div>
          </li>
        );
      })}
      <li className="flex flex-col rounded border border-slate-200 bg-white p-4">
        <h3 className="text-lg font-bold text-slate-900">{t("kinds.news")}</h3>
        <p className="mt-1 text-sm text-slate-700">{t("descriptions.news")}</p>
        <div className="mt-auto pt-3 text-sm">
          <Link href={`${base}/news`} className={linkClass}>
            {t("actions.news")}
          </Link>
        </div>
      </li>
    </ul>
  );
}
