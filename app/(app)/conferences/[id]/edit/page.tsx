import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { EditConferenceForm } from "@/components/conferences/conference-form";
import { loadConferenceFormOptions } from "@/components/conferences/form-options";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("conferences");
  return { title: t("editTitle") };
}

/** /conferences/ID/edit — the form carries the version it was loaded with, so a later save by someone else is not overwritten. */
export default async function EditConferencePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("conferences.manage");
  const t = await getTranslations("conferences");
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam((await params).id), user);
  if (!conference) notFound();
  return (
    <>
      <PageHeader
        title={t("editTitle")}
        intro={conference.title}
        back={
          <Link href={`/conferences/${conference.id}`} className="link">
            ← {conference.title}
          </Link>
        }
      />
      <EditConferenceForm conference={conference} options={await loadConferenceFormOptions(db)} />
    </>
  );
}
