import { parsePage } from "@/lib/search-params";
import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField } from "@/components/ui/fields";
import { PageHeader } from "@/components/ui/page-header";
import { listHref, Pager } from "@/components/ui/pager";
import { Tag } from "@/components/ui/tag";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { markAllNoticesReadAction, markNoticesReadAction } from "@/lib/notifications/actions";
import { listNotices } from "@/lib/notifications/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications");
  return { title: t("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** /notifications — the signed-in user's own notices, newest first; ?unread=1 for the unread ones. */
export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const params = await searchParams;
  const unreadOnly = params.unread === "1";
  const page = parsePage(params.page);
  const { rows, hasNext } = await listNotices(getDb(), user, { unreadOnly, page });
  const t = await getTranslations("notifications");
  const tc = await getTranslations("common");
  const markAllLabels = await getFormLabels("notifications.markAllRead", "common.saving");
  const markOneLabels = await getFormLabels("notifications.markRead", "common.saving");
  const tab = (active: boolean) => `rounded px-3 py-1 font-semibold ${active ? "bg-brand-700 text-white" : "text-brand-700 underline"}`;
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Link href="/account/notifications" className="link">
            {t("preferencesLink")}
          </Link>
        }
      />
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t("title")} className="flex gap-2">
          <Link href="/notifications" aria-current={unreadOnly ? undefined : "page"} className={tab(!unreadOnly)}>
            {t("all")}
          </Link>
          <Link href="/notifications?unread=1" aria-current={unreadOnly ? "page" : undefined} className={tab(unreadOnly)}>
            {t("unreadOnly")}
          </Link>
        </nav>
        <ActionForm action={markAllNoticesReadAction} labels={markAllLabels} variant="secondary" compact />
      </div>
      {rows.length === 0 ? (
        <p className="rounded border border-slate-200 bg-white p-4">{unreadOnly ? t("emptyUnread") : t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" data-testid="notice-list">
          {rows.map((row) => (
            <li key={row.id} className={`flex flex-wrap items-start justify-between gap-3 p-4 ${row.readAt ? "" : "bg-brand-50"}`}>
              <div className="min-w-0 flex-1">
                <Link href={`/notifications/${row.id}/open`} className={`text-brand-700 underline ${row.readAt ? "" : "font-bold"}`}>
                  {t(`kinds.${row.kind}`, row.params)}
                </Link>
                <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-600">
                  <Tag tone={row.readAt ? "grey" : "blue"}>{row.readAt ? t("read") : t("unread")}</Tag>
                  <span>{formatDateTime(row.createdAt)}</span>
                </p>
              </div>
              {row.readAt ? null : (
                <ActionForm action={markNoticesReadAction} labels={markOneLabels} variant="secondary" compact>
                  <HiddenField name="id" value={row.id} />
                </ActionForm>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pager
        label={t("title")}
        status={tc("pageOpen", { page })}
        previousHref={page > 1 ? listHref("/notifications", { unread: unreadOnly, page: page - 1 }) : undefined}
        nextHref={hasNext ? listHref("/notifications", { unread: unreadOnly, page: page + 1 }) : undefined}
        previous={tc("previous")}
        next={tc("next")}
      />
    </>
  );
}
