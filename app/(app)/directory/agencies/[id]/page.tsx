import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { cache } from "react";
import { EditAgencyForm } from "@/components/directory/agency-form";
import { DeactivateAgencyForm, MergeAgencyForm, ReactivateAgencyForm } from "@/components/directory/agency-lifecycle-forms";
import { agencySelectOptions } from "@/components/directory/agency-options";
import { AgencyStatus } from "@/components/directory/agency-status";
import { AgencyTable } from "@/components/directory/agency-table";
import { PeopleTable } from "@/components/directory/people-table";
import { LinkButton } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { type AgencyDetail, getAgencyDetail, listAgencyPeople, listAllAgencies, listChildAgencies } from "@/lib/directory/queries";
import { descendantIds, isActiveOn, parseRouteId, selectableAgencies, todayInVietnam } from "@/lib/directory/rules";
import { formatDate } from "@/lib/format";

type Props = { params: Promise<{ id: string }> };

// The title and the page read the same agency; cache() makes that one query per request.
const loadAgency = cache((id: number) => getAgencyDetail(getDb(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePermission("directory.view");
  const id = parseRouteId((await params).id);
  const agency = id ? await loadAgency(id) : null;
  const t = await getTranslations("directory");
  return { title: agency?.name ?? t("agenciesTitle") };
}

/**
 * /directory/agencies/[id] — the agency as a summary list, its units and its people
 * (one query each), then for administrators the edit form and the merge, stop or
 * reopen forms. Unknown or malformed ids are "not found".
 */
export default async function AgencyPage({ params }: Props) {
  const user = await requirePermission("directory.view");
  const id = parseRouteId((await params).id);
  if (!id) notFound();
  const agency = await loadAgency(id);
  if (!agency) notFound();
  const db = getDb();
  const [children, members] = await Promise.all([listChildAgencies(db, id), listAgencyPeople(db, id)]);
  const canManage = can(user, "agencies.manage");
  const canManagePeople = can(user, "people.manage");
  const t = await getTranslations();
  const today = todayInVietnam();
  const none = t("common.none");
  const agencyLink = (targetId: number | null, name: string | null) =>
    targetId && name ? (
      <Link href={`/directory/agencies/${targetId}`} className="text-brand-700 underline">
        {name}
      </Link>
    ) : (
      none
    );

  return (
    <>
      <PageHeader
        title={agency.name}
        back={
          <Link href="/directory/agencies" className="text-brand-700 underline">
            ← {t("directory.backToAgencies")}
          </Link>
        }
      />
      <SummaryList
        rows={[
          {
            label: t("directory.name"),
            value: agency.name,
            action: canManage ? (
              <a href="#edit-agency-title" className="link">
                {t("common.edit")}
              </a>
            ) : undefined,
          },
          { label: t("directory.shortName"), value: agency.shortName ?? none },
          { label: t("directory.code"), value: agency.code ?? none },
          { label: t("directory.kind"), value: t(`agencyKinds.${agency.kind}`) },
          { label: t("directory.parent"), value: agencyLink(agency.parentId, agency.parentName) },
          { label: t("directory.validFrom"), value: agency.validFrom ? formatDate(agency.validFrom) : none },
          { label: t("directory.validTo"), value: agency.validTo ? formatDate(agency.validTo) : none },
          { label: t("directory.successor"), value: agencyLink(agency.successorId, agency.successorName) },
          { label: t("common.status"), value: <AgencyStatus agency={agency} today={today} t={t} showActiveTag /> },
        ]}
      />

      <section aria-labelledby="children-title" className="mt-8">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="children-title" className="text-xl font-bold">
            {t("directory.children")}
          </h2>
          {canManage ? <LinkButton href={`/directory/agencies/new?parent=${agency.id}`}>{t("directory.newChild")}</LinkButton> : null}
        </div>
        {children.length > 0 ? (
          <AgencyTable rows={children.map((child) => ({ agency: child, path: [] }))} today={today} showPath={false} caption={t("directory.children")} />
        ) : (
          <p className="text-slate-700">{t("directory.noChildren")}</p>
        )}
      </section>

      <section aria-labelledby="members-title" className="mt-8">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
          <h2 id="members-title" className="text-xl font-bold">
            {t("directory.members")}
          </h2>
          {canManagePeople ? <LinkButton href={`/directory/people/new?agency=${agency.id}`}>{t("directory.newPerson")}</LinkButton> : null}
        </div>
        {members.length > 0 ? <PeopleTable rows={members} caption={t("directory.members")} showAgency={false} /> : <p className="text-slate-700">{t("directory.noMembers")}</p>}
      </section>

      {canManage ? <ManageAgency agency={agency} today={today} /> : null}
    </>
  );
}

/** Only for agencies.manage: the page renders none of this for other roles (and the actions refuse them anyway). */
async function ManageAgency({ agency, today }: { agency: AgencyDetail; today: string }) {
  const t = await getTranslations();
  const all = await listAllAgencies(getDb());
  // Neither the agency nor its own units can be its parent or its successor.
  const below = descendantIds(agency.id, all);
  const excludeIds = new Set([agency.id, ...below]);
  const parentOptions = await agencySelectOptions(selectableAgencies(all, today, { excludeIds, keepId: agency.parentId }), today);
  const successorOptions = await agencySelectOptions(selectableAgencies(all, today, { excludeIds }), today);
  const divisions = all.filter((other) => other.parentId === agency.id && isActiveOn(other, today)).map((other) => ({ id: other.id, name: other.name }));

  return (
    <>
      <section aria-labelledby="edit-agency-title" className="mt-10 border-t border-slate-200 pt-6">
        <h2 id="edit-agency-title" className="mb-4 text-xl font-bold">
          {t("directory.editAgency")}
        </h2>
        <EditAgencyForm agency={agency} parentOptions={parentOptions} />
      </section>
      <div className="mt-10 space-y-10 border-t border-slate-200 pt-6">
        {agency.validTo === null ? (
          <>
            <MergeAgencyForm agency={agency} successorOptions={successorOptions} divisions={divisions} />
            <DeactivateAgencyForm agency={agency} />
          </>
        ) : (
          <ReactivateAgencyForm agency={agency} />
        )}
      </div>
    </>
  );
}
