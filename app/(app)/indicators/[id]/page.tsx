import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { IndicatorSummary } from "@/components/indicators/indicator-summary";
import { IndicatorTrend } from "@/components/indicators/indicator-trend";
import { RelatedDirectives } from "@/components/indicators/related-directives";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { parseRouteId } from "@/lib/directory/rules";
import { type IndicatorTask, listIndicatorDirectives, listIndicatorTasks } from "@/lib/indicators/catalogue-directives";
import { getIndicator, getIndicatorDetail, plansOfAgency } from "@/lib/indicators/catalogue-queries";
import { listTrendAgencies, listTrendValues } from "@/lib/indicators/trend-queries";
import { buildTrend } from "@/lib/indicators/trend-series";
import { periodKinds } from "@/lib/periods";
import { todayInVietnam } from "@/lib/tasks/status";
import { openableConferenceIds } from "@/lib/conferences/access";
import { type SearchParams, firstParam } from "@/lib/search-params";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const t = await getTranslations("indicators");
  const id = parseRouteId((await params).id);
  const indicator = id === null ? null : await getIndicator(getDb(), id);
  return { title: indicator ? `${indicator.code} — ${indicator.nameVi}` : t("title") };
}

/**
 * /indicators/[id]?agency=&kind=Q|H|M|Y|9M — the indicator, its plans, the trend of one
 * agency's figures (default: the agency with most figures, the kind of period with most
 * figures), and the directives and tasks about it. Every list is one query.
 */
export default async function IndicatorPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const user = await requirePermission("indicators.view");
  const id = parseRouteId((await params).id);
  const db = getDb();
  const detail = id === null ? null : await getIndicatorDetail(db, id);
  if (!detail) notFound();
  const { indicator } = detail;
  const t = await getTranslations("indicators");
  const query = await searchParams;
  const today = todayInVietnam();

  const agencies = await listTrendAgencies(db, indicator.id, user);
  const askedAgency = Number(firstParam(query.agency));
  const agency = agencies.find((a) => a.id === askedAgency) ?? agencies[0];
  const askedKind = periodKinds.find((kind) => kind === firstParam(query.kind));
  const showDirectives = can(user, "directives.view");
  const [values, directives, tasks] = await Promise.all([
    agency ? listTrendValues(db, indicator.id, agency.id, user) : Promise.resolve([]),
    showDirectives ? listIndicatorDirectives(db, indicator.id, user) : Promise.resolve([]),
    showDirectives ? listIndicatorTasks(db, indicator.id, user) : Promise.resolve(new Map<number, IndicatorTask[]>()),
  ]);
  const openableConferences = await openableConferenceIds(db, user, directives.map((directive) => directive.conferenceId));
  // A unit's figures against the unit's own plan only, never against the province's.
  const trend = buildTrend(indicator.kind, values, agency ? plansOfAgency(detail.plans, agency) : [], askedKind);

  return (
    <>
      <PageHeader
        title={indicator.nameVi}
        intro={`${indicator.code} · ${indicator.unit}`}
        back={
          <Link href="/indicators" className="text-brand-700 underline">
            ← {t("back")}
          </Link>
        }
        actions={
          can(user, "indicators.manage") ? (
            <LinkButton href={`/indicators/${indicator.id}/edit`} variant="primary">
              {t("editTitle")}
            </LinkButton>
          ) : null
        }
      />
      <h2 className="sr-only">{t("detail.summary")}</h2>
      <IndicatorSummary detail={detail} today={today} canPlan={can(user, "indicators.plan")} />
      <IndicatorTrend indicator={indicator} agencies={agencies} agencyId={agency?.id ?? null} trend={trend} />
      {showDirectives ? <RelatedDirectives directives={directives} tasks={tasks} today={today} openableConferences={openableConferences} /> : null}
    </>
  );
}
