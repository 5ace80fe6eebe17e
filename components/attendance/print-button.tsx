"use client";

import { buttonClass } from "@/components/ui/button";

/** Opens the browser's print dialog; the print CSS hides the navigation and the buttons. */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={`no-print ${buttonClass("secondary")}`}>
      {label}
    </button>
  );
}
