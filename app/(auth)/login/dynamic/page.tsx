import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { LoginScreen, loginMetadata } from "@/components/auth/login-screen";
import { RATE_LIMITED_PREFIX, UNAVAILABLE_ERROR } from "@/lib/auth/options";
import { getCurrentUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { safeReturnPath } from "@/lib/safe-redirect";

export const generateMetadata = (): Promise<Metadata> => loginMetadata();

/** next-auth sends sign-in failures back here as `?error=<code>`; the form shows the sentence. */
function describeSignInError(code: string, t: Awaited<ReturnType<typeof getTranslations>>): string {
  if (code.startsWith(RATE_LIMITED_PREFIX)) {
    const seconds = Number(code.slice(RATE_LIMITED_PREFIX.length)) || 60;
    return t("auth.rateLimited", { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  if (code === UNAVAILABLE_ERROR) return t("auth.unavailable");
  return code === "CredentialsSignin" ? t("auth.invalid") : t("auth.failed");
}

/**
 * /login rendered per request (proxy.ts rewrites /login here when the prerendered page would
 * not do): it sends a signed-in visitor on, keeps the return path and words the error.
 */
export default async function DynamicLoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeReturnPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const error = typeof params.error === "string" ? describeSignInError(params.error, await getTranslations()) : undefined;
  return <LoginScreen callbackUrl={callbackUrl} error={error} demoHint={env.seedDemo} />;
}
