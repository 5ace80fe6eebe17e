import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { type ReactNode, Suspense } from "react";
import { NotificationBell } from "@/components/notifications/notification-bell";
import { HeaderSearch } from "@/components/search/header-search";
import type { CurrentUser } from "@/lib/auth/session";
import { navigationFor } from "@/lib/navigation";
import { REDIRECT_NOTICES } from "@/lib/notices";
import { LanguageSwitch } from "./language-switch";
import { SavedNotice } from "./saved-notice";
import { SignOutButton } from "./sign-out-button";

/**
 * Header with the user's menu. On a wide screen the menu is a bar; on a phone it folds
 * into a <details> disclosure, which needs no JavaScript. The links' looks are .menu-bar and
 * .menu-list in app/globals.css.
 */
export async function AppShell({ user, children }: { user: CurrentUser; children: ReactNode }) {
  const t = await getTranslations();
  const groups = navigationFor(user);
  const links = groups.flatMap((group) => group.items);
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        {t("app.skipToContent")}
      </a>
      <header className="no-print bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-3">
          <Link href="/" className="text-xl font-bold tracking-tight">
            {t("app.name")}
          </Link>
          <HeaderSearch />
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <span className="hidden sm:inline" data-testid="current-user">
              {user.displayName} · {t(`roles.${user.role}`)}
            </span>
            <NotificationBell user={user} />
            <Link href="/account/tokens" className="underline underline-offset-2 hover:text-brand-100">
              {t("nav.apiTokens")}
            </Link>
            <LanguageSwitch tone="dark" />
            <SignOutButton label={t("nav.signOut")} />
          </div>
        </div>
        <nav aria-label={t("nav.menu")} className="border-t border-brand-700 bg-brand-700">
          <ul className="menu-bar mx-auto hidden max-w-6xl flex-wrap gap-1 px-2 sm:flex">
            {links.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{t(`nav.${item.label}`)}</Link>
              </li>
            ))}
          </ul>
          <details className="sm:hidden">
            <summary className="cursor-pointer px-4 py-2 text-sm font-semibold">{t("nav.menu")}</summary>
            <ul className="menu-list px-2 pb-2">
              {links.map((item) => (
                <li key={item.href}>
                  <Link href={item.href}>{t(`nav.${item.label}`)}</Link>
                </li>
              ))}
              <li className="px-3 pt-2 text-xs text-brand-100">
                {user.displayName} · {t(`roles.${user.role}`)}
              </li>
            </ul>
          </details>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <Suspense fallback={null}>
          <SavedNotice texts={Object.fromEntries(REDIRECT_NOTICES.map((key) => [key, t(key)]))} />
        </Suspense>
        {children}
      </main>
    </>
  );
}
