import Link from "@/components/ui/link";
import type { ReactNode } from "react";

/**
 * A link to a conference page when the viewer may open it (lib/conferences/access.ts
 * openableConferenceIds), else the same words as plain text: never a link to a page the
 * viewer would find "not found".
 */
export function ConferenceLink({ href, canOpen, className = "text-brand-700 underline", children }: { href: string; canOpen: boolean; className?: string; children: ReactNode }) {
  return canOpen ? (
    <Link href={href} className={className}>
      {children}
    </Link>
  ) : (
    <span>{children}</span>
  );
}
