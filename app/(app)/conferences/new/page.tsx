import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { type ConferenceFormValues, CreateConferenceForm } from "@/components/conferences/conference-form";
import { loadConferenceFormOptions } from "@/components/conferences/form-options";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { nextPeriod } from "@/lib/conferences/rules";
import { replacePeriodWords } from "@/lib/period-words";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("conferences");
  return { title: t("newTitle") };
}

/**
 * /conferences/new, or /conferences/new?from=ID for the next conference of a series: same
 * kind, host and people, the next period suggested; invitees and agenda are copied on save.
 */
export default async function NewConferencePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("conferences.manage");
  const t = await getTranslations("conferences");
  const from = (await searchParams).from;
  const db = getDb();
  const previous = typeof from === "string" && from !== "" ? await loadVisibleConference(db, conferenceIdParam(from), user) : null;
  if (typeof from === "string" && from !== "" && !previous) notFound();

  const reviewedPeriod = nextPeriod(previous?.reviewedPeriod);
  const plannedPeriod = nextPeriod(previous?.plannedPeriod);
  const values: ConferenceFormValues = previous
    ? {
        // "… 6 tháng đầu năm …" becomes the suggested next periods' words (and follows the choice on the form).
        title: replacePeriodWords(previous.title, [
          { from: previous.reviewedPeriod, to: reviewedPeriod },
          { from: previous.plannedPeriod, to: plannedPeriod },
        ]),
        kind: previous.kind,
        reviewedPeriod,
        plannedPeriod,
        hostAgencyId: previous.hostAgencyId,
        chairPersonId: previous.chairPersonId,
        secretaryPersonId: previous.secretaryPersonId,
        format: previous.format,
        venue: previous.venue,
        publishedToAll: previous.publishedToAll,
        publicOnSchedule: previous.publicOnSchedule,
      }
    : { format: "in_person" };

  return (
    <>
      <PageHeader
        title={previous ? t("newFromTitle") : t("newTitle")}
        intro={previous ? t("newFromIntro", { title: previous.title }) : undefined}
        back={
          <Link href={previous ? `/conferences/${previous.id}` : "/conferences"} className="link">
            ← {previous ? previous.title : t("title")}
          </Link>
        }
      />
      <CreateConferenceForm values={values} options={await loadConferenceFormOptions(db)} previousConferenceId={previous?.id}
        retitle={previous ? { title: previous.title, reviewedPeriod: previous.reviewedPeriod, plannedPeriod: previous.plannedPeriod } : undefined}
      />
    </>
  );
}
