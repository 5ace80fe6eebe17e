import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { ConferenceHeader } from "@/components/conferences/conference-header";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { canDraftDocuments } from "@/lib/documents/content/draft-access";
import { buildNewsDraft, loadNewsData, newsToHtml, newsToPlainText } from "@/lib/documents/content/news";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("conferenceDocuments");
  return { title: t("news.title") };
}

/**
 * /conferences/[id]/documents/news — a news draft for the portal in the seed article's style:
 * a preview, the HTML code and the plain text in read-only boxes to copy. For those who draw
 * up the conference's documents; a unit officer gets 404, other roles 403.
 */
export default async function NewsDraftPage({ params }: Props) {
  const user = await requirePermission("conferences.view");
  if (user.role === "unit_officer") notFound();
  if (!canDraftDocuments(user)) forbidden();
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam((await params).id), user);
  if (!conference) notFound();
  const data = await loadNewsData(db, conference.id);
  if (!data) notFound();
  const draft = buildNewsDraft(data);
  const t = await getTranslations("conferenceDocuments");
  const [lead, ...rest] = draft.paragraphs;
  const hasFigures = data.reports.some((report) => report.rows.some((row) => row.value !== null));

  return (
    <>
      <p className="no-print mb-3 text-sm">
        <Link href={`/conferences/${conference.id}/documents`} className="text-brand-700 underline">
          ← {t("actions.back")}
        </Link>
      </p>
      <ConferenceHeader conference={conference} />
      <h2 className="mb-2 mt-6 text-xl font-bold">{t("news.title")}</h2>
      <p className="mb-4 max-w-3xl text-slate-700">{t("news.intro")}</p>
      {hasFigures ? null : <p className="mb-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-slate-900">{t("news.noReport")}</p>}
      <section aria-labelledby="news-preview-title" className="mb-8">
        <h3 id="news-preview-title" className="mb-2 text-lg font-bold">
          {t("news.preview")}
        </h3>
        <article className="max-w-3xl space-y-3 rounded border border-slate-200 bg-white p-4 font-serif text-base leading-relaxed text-slate-900 sm:p-6">
          <p className="text-xl font-bold">{draft.title}</p>
          {lead ? <p className="font-semibold">{lead}</p> : null}
          {rest.map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
          <p className="text-right font-semibold">{draft.author}</p>
        </article>
      </section>
      <div className="grid max-w-3xl gap-6">
        <div>
          <label htmlFor="news-plain" className="block font-semibold text-slate-900">
            {t("news.plain")}
          </label>
          <p id="news-plain-hint" className="mt-0.5 text-sm text-slate-600">
            {t("news.plainHint")}
          </p>
          <textarea
            id="news-plain"
            readOnly
            rows={14}
            aria-describedby="news-plain-hint"
            defaultValue={newsToPlainText(draft)}
            className="mt-1 block w-full rounded border-2 border-slate-600 bg-white px-3 py-2 text-base"
          />
        </div>
        <div>
          <label htmlFor="news-html" className="block font-semibold text-slate-900">
            {t("news.html")}
          </label>
          <p id="news-html-hint" className="mt-0.5 text-sm text-slate-600">
            {t("news.htmlHint")}
          </p>
          <textarea
            id="news-html"
            readOnly
            rows={10}
            aria-describedby="news-html-hint"
            defaultValue={newsToHtml(draft)}
            className="mt-1 block w-full rounded border-2 border-slate-600 bg-white px-3 py-2 font-mono text-sm"
          />
        </div>
      </div>
    </>
  );
}
