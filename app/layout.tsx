import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import type { ReactNode } from "react";
import { DIGEST_PLACEHOLDER } from "@/components/layout/digest-placeholder";
import { ErrorStringsProvider } from "@/components/layout/error-strings";
import { SoftNavigation } from "@/components/layout/soft-navigation";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: t("name"), template: `%s · ${t("name")}` }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/*
 * No NextIntlClientProvider: every string is translated on the server and client leaves get
 * theirs as props, so the browser never downloads next-intl's message formatter. The one
 * exception is the error boundary, which cannot take props: it reads its four strings from
 * ErrorStringsProvider.
 */
export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("errors");
  const errorStrings = { title: t("title"), generic: t("generic"), reference: t("reference", { digest: DIGEST_PLACEHOLDER }), retry: t("retry") };
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <ErrorStringsProvider strings={errorStrings}>{children}</ErrorStringsProvider>
        <SoftNavigation />
      </body>
    </html>
  );
}
