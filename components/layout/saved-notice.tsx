"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { NOTICE_PARAM } from "@/lib/notices";

/**
 * The message of the change that brought the user here (?notice=key, lib/notices.ts), shown
 * once: the parameter is taken off the address so a reload or a shared link does not repeat it.
 */
export function SavedNotice({ texts }: { texts: Record<string, string> }) {
  const params = useSearchParams();
  const pathname = usePathname();
  const key = params.get(NOTICE_PARAM);
  const text = key ? texts[key] : undefined;
  useEffect(() => {
    if (!key) return;
    const rest = new URLSearchParams(params);
    rest.delete(NOTICE_PARAM);
    const query = rest.toString();
    window.history.replaceState(window.history.state, "", `${pathname}${query ? `?${query}` : ""}${window.location.hash}`);
  }, [key, params, pathname]);
  if (!text) return null;
  return (
    <p role="status" className="no-print mb-4 rounded border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
      {text}
    </p>
  );
}
