import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";

export type ConferenceTab = "overview" | "invitations" | "attendance" | "agenda" | "directives" | "documents";

/** The sub-pages of one conference; the current one is marked with aria-current, which its look (.tabs in app/globals.css) follows. */
export async function ConferenceTabs({ conferenceId, current }: { conferenceId: number; current: ConferenceTab }) {
  const t = await getTranslations("conferences.tabs");
  // The directives tab's label lives in the directives namespace (its feature's own messages).
  const tDirectives = await getTranslations("directives");
  const tDocuments = await getTranslations("conferenceDocuments");
  const base = `/conferences/${conferenceId}`;
  const tabs: { key: ConferenceTab; href: string }[] = [
    { key: "overview", href: base },
    { key: "invitations", href: `${base}/invitations` },
    { key: "attendance", href: `${base}/attendance` },
    { key: "agenda", href: `${base}/agenda` },
    { key: "directives", href: `${base}/directives` },
    { key: "documents", href: `${base}/documents` },
  ];
  return (
    <nav aria-label={t("label")} className="no-print mb-6 border-b border-slate-300">
      <ul className="tabs -mb-px flex flex-wrap gap-x-1">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link href={tab.href} aria-current={tab.key === current ? "page" : undefined}>
              {tab.key === "directives" ? tDirectives("tab") : tab.key === "documents" ? tDocuments("tab") : t(tab.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
