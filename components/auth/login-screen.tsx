import { getTranslations } from "@/lib/i18n/server";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/layout/language-switch";

/**
 * The sign-in screen, shared by the prerendered page (/login with nothing to say: the common
 * first visit, served as a file) and the page rendered per request (a return path, an error, a
 * signed-in visitor, another language or the demo hint: app/(auth)/login/dynamic/page.tsx,
 * which proxy.ts rewrites to).
 */
export async function LoginScreen({ callbackUrl, error, demoHint }: { callbackUrl: string; error?: string; demoHint: boolean }) {
  const t = await getTranslations();
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
        {demoHint ? <p className="mt-4 text-center text-xs text-slate-600">{t("auth.demoHint")}</p> : null}
        <div className="mt-4 flex justify-center">
          <LanguageSwitch />
        </div>
      </div>
    </main>
  );
}

export async function loginMetadata() {
  const t = await getTranslations("auth");
  return { title: t("title") };
}
