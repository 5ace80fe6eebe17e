"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { buttonClass } from "@/components/ui/button";

const RATE_LIMITED_PREFIX = "RATE_LIMITED:";

export function LoginForm({ callbackUrl, initialError }: { callbackUrl: string; initialError?: string }) {
  const t = useTranslations("auth");
  const [error, setError] = useState<string | null>(initialError ? describe(initialError) : null);
  const [pending, setPending] = useState(false);

  function describe(code: string): string {
    if (code.startsWith(RATE_LIMITED_PREFIX)) {
      const seconds = Number(code.slice(RATE_LIMITED_PREFIX.length)) || 60;
      return t("rateLimited", { minutes: Math.max(1, Math.ceil(seconds / 60)) });
    }
    if (code === "CredentialsSignin") return t("invalid");
    return t("failed");
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { redirect: false, username: data.get("username"), password: data.get("password") });
      if (result?.ok && !result.error) {
        // A full navigation so every server component renders for the new session.
        window.location.assign(callbackUrl);
        return;
      }
      setError(describe(result?.error ?? "failed"));
    } catch {
      setError(t("failed"));
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      {error ? (
        <div role="alert" className="rounded border-4 border-danger-600 bg-white p-3 font-semibold text-danger-600">
          {error}
        </div>
      ) : null}
      <div>
        <label htmlFor="username" className="block font-semibold">
          {t("username")}
        </label>
        <input id="username" name="username" autoComplete="username" required autoCapitalize="none" spellCheck={false} className="mt-1 block w-full rounded border-2 border-slate-600 px-3 py-2 text-base" />
      </div>
      <div>
        <label htmlFor="password" className="block font-semibold">
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 block w-full rounded border-2 border-slate-600 px-3 py-2 text-base" />
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary", "w-full")}>
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
