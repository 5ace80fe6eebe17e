import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { safeReturnPath } from "@/lib/safe-redirect";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations();
  const error = typeof params.error === "string" ? params.error : undefined;
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <p className="text-3xl font-bold text-brand-700">{t("app.name")}</p>
          <p className="mt-1 text-sm text-slate-600">{t("app.tagline")}</p>
        </div>
        <div className="rounded border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="mb-2 text-2xl font-bold">{t("auth.title")}</h1>
          <p className="mb-5 text-sm text-slate-700">{t("auth.intro")}</p>
          <LoginForm callbackUrl={callbackUrl} initialError={error} />
        </div>
        {env.seedDemo ? <p className="mt-4 text-center text-xs text-slate-600">{t("auth.demoHint")}</p> : null}
        <div className="mt-4 flex justify-center">
          <LanguageSwitch />
        </div>
      </div>
    </main>
  );
}
