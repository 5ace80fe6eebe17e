"use client";

import { DIGEST_PLACEHOLDER } from "@/components/layout/digest-placeholder";
import { useErrorStrings } from "@/components/layout/error-strings";

/** Unexpected failures: a plain message and the digest to quote; never the stack or the SQL (Next strips them in production). */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorStrings();
  return (
    <main className="mx-auto max-w-2xl p-6">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="mt-3 text-slate-700">{t.generic}</p>
      {error.digest ? <p className="mt-2 text-sm text-slate-600">{t.reference.replace(DIGEST_PLACEHOLDER, error.digest)}</p> : null}
      <button type="button" onClick={reset} className="mt-4 rounded border-2 border-brand-600 px-4 py-2 font-semibold text-brand-700">
        {t.retry}
      </button>
    </main>
  );
}
