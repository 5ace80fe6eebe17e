import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { getDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { unreadNoticeCount } from "@/lib/notifications/queries";

/** The header's bell: a link to /notifications with the number of unread notices (99+ past 99). */
export async function NotificationBell({ user }: { user: CurrentUser }) {
  const t = await getTranslations("notifications");
  const unread = await unreadNoticeCount(getDb(), user);
  const shown = unread.more ? `${unread.count}+` : String(unread.count);
  const label = unread.count > 0 ? t("bellUnread", { count: shown }) : t("bell");
  return (
    <Link href="/notifications" aria-label={label} title={label} data-testid="notification-bell" className="relative inline-flex items-center rounded p-1 hover:bg-brand-700">
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      {unread.count > 0 ? (
        <span aria-hidden="true" className="absolute -right-1 -top-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-bold leading-5 text-white">
          {shown}
        </span>
      ) : null}
    </Link>
  );
}
