import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { RATE_LIMITED_PREFIX, UNAVAILABLE_ERROR } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { safeReturnPath } from "@/lib/safe-redirect";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: t("title") };
}

/** next-auth sends sign-in failures back here as `?error=<code>`; the form shows the sentence. */
function describeSignInError(code: string, t: Awaited<ReturnType<typeof getTranslations>>): string {
  if (code.startsWith(RATE_LIMITED_PREFIX)) {
    const seconds = Number(code.slice(RATE_LIMITED_PREFIX.length)) || 60;
    return t("auth.rateLimited", { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  if (code === UNAVAILABLE_ERROR) return t("auth.unavailable");
  return code === "CredentialsSignin" ? t("auth.invalid") : t("auth.failed");
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations();
  const error = typeof params.error === "string" ? describeSignInError(params.error, t) : undefined;
  const labels = {
    username: t("auth.username"),
    password: t("auth.password"),
    submit: t("auth.submit"),
    submitting: t("auth.submitting"),
    invalid: t("auth.invalid"),
    unavailable: t("auth.unavailable"),
    failed: t("auth.failed"),
  };
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
          <LoginForm callbackUrl={callbackUrl} initialError={error} labels={labels} />
        </div>
        {env.seedDemo ? <p className="mt-4 text-center text-xs text-slate-600">{t("auth.demoHint")}</p> : null}
        <div className="mt-4 flex justify-center">
          <LanguageSwitch />
        </div>
      </div>
    </main>
  );
}
