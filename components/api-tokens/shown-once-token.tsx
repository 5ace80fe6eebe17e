"use client";

import { useEffect, useRef } from "react";
import { useActionFormState } from "@/components/ui/action-form";

/**
 * The token a successful create returned, shown this once and selected for copying. The
 * server keeps only its hash, so reloading the page cannot show it again.
 */
export function ShownOnceToken({ label, shownOnce }: { label: string; shownOnce: string }) {
  const state = useActionFormState();
  const token = state.status === "ok" ? state.values?.token : undefined;
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (token) inputRef.current?.select();
  }, [token]);
  if (!token) return null;
  return (
    <div className="max-w-2xl rounded border-l-4 border-green-700 bg-green-50 p-3">
      <label htmlFor="api-token-value" className="block font-semibold">
        {label}
      </label>
      <input ref={inputRef} id="api-token-value" readOnly value={token} className="mt-1 block w-full rounded border-2 border-slate-600 bg-white px-3 py-2 font-mono text-sm" />
      <p className="mt-1 text-sm text-slate-700">{shownOnce}</p>
    </div>
  );
}
