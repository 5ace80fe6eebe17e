"use client";

import { signIn } from "next-auth/react";
import { type FormEvent, useState } from "react";
import { buttonClass } from "@/components/ui/button";

const RATE_LIMITED_PREFIX = "RATE_LIMITED:";
const UNAVAILABLE = "UNAVAILABLE";

/** Translated on the server (app/(auth)/login/page.tsx): the browser gets no message formatter. */
export interface LoginFormLabels {
  username: string;
  password: string;
  submit: string;
  submitting: string;
  invalid: string;
  /** The database cannot be reached: say so instead of blaming the password or the attempts. */
  unavailable: string;
  failed: string;
}

export function LoginForm({ callbackUrl, initialError, labels }: { callbackUrl: string; initialError?: string; labels: LoginFormLabels }) {
  const [error, setError] = useState<string | null>(initialError ?? null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { redirect: false, username: data.get("username"), password: data.get("password") });
      const code = result?.ok && !result.error ? null : (result?.error ?? "failed");
      if (code === null) {
        // A full navigation so every server component renders for the new session.
        window.location.assign(callbackUrl);
        return;
      }
      if (code.startsWith(RATE_LIMITED_PREFIX)) {
        // The wait needs plural formatting: the sign-in page words it on the server.
        window.location.assign(`/login?${new URLSearchParams({ error: code, callbackUrl })}`);
        return;
      }
      setError(code === "CredentialsSignin" ? labels.invalid : code === UNAVAILABLE ? labels.unavailable : labels.failed);
    } catch {
      setError(labels.failed);
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
          {labels.username}
        </label>
        <input id="username" name="username" autoComplete="username" required autoCapitalize="none" spellCheck={false} className="mt-1 block w-full rounded border-2 border-slate-600 px-3 py-2 text-base" />
      </div>
      <div>
        <label htmlFor="password" className="block font-semibold">
          {labels.password}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 block w-full rounded border-2 border-slate-600 px-3 py-2 text-base" />
      </div>
      <button type="submit" disabled={pending} className={buttonClass("primary", "w-full")}>
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
