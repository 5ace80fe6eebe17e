import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { cache } from "react";
import { agencySelectOptions } from "@/components/directory/agency-options";
import { EditPersonForm, PersonStatusForm } from "@/components/directory/person-form";
import { PersonStatusTag } from "@/components/directory/person-status-tag";
import { PageHeader } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { getDb } from "@/db/client";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getPersonDetail, listAllAgencies, type PersonDetail } from "@/lib/directory/queries";
import { parseRouteId, selectableAgencies, todayInVietnam } from "@/lib/directory/rules";

type Props = { params: Promise<{ id: string }> };

const loadPerson = cache((id: number) => getPersonDetail(getDb(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePermission("directory.view");
  const id = parseRouteId((await params).id);
  const person = id ? await loadPerson(id) : null;
  const t = await getTranslations("directory");
  return { title: person?.fullName ?? t("people") };
}

/** /directory/people/[id] — the person as a summary list; edit and stop/restart for people.manage (administrators, secretariat). */
export default async function PersonPage({ params }: Props) {
  const user = await requirePermission("directory.view");
  const id = parseRouteId((await params).id);
  if (!id) notFound();
  const person = await loadPerson(id);
  if (!person) notFound();
  const t = await getTranslations();
  const none = t("common.none");
  const canManage = can(user, "people.manage");

  return (
    <>
      <PageHeader
        title={person.fullName}
        back={
          <Link href="/directory/people" className="text-brand-700 underline">
            ← {t("directory.backToPeople")}
          </Link>
        }
      />
      <SummaryList
        rows={[
          {
            label: t("directory.fullName"),
            value: person.fullName,
            action: canManage ? (
              <a href="#edit-person-title" className="link">
                {t("common.edit")}
              </a>
            ) : undefined,
          },
          { label: t("directory.position"), value: person.position ?? none },
          {
            label: t("directory.agency"),
            value:
              person.agencyId && person.agencyName ? (
                <Link href={`/directory/agencies/${person.agencyId}`} className="text-brand-700 underline">
                  {person.agencyName}
                </Link>
              ) : (
                none
              ),
          },
          { label: t("directory.phone"), value: person.phone ?? none },
          { label: t("directory.email"), value: person.email ?? none },
          { label: t("common.status"), value: <PersonStatusTag active={person.active} /> },
        ]}
      />
      {canManage ? <ManagePerson person={person} /> : null}
    </>
  );
}

/** Only for people.manage: other roles get none of this (and the actions refuse them anyway). */
async function ManagePerson({ person }: { person: PersonDetail }) {
  const t = await getTranslations();
  const today = todayInVietnam();
  const agencies = selectableAgencies(await listAllAgencies(getDb()), today, { keepId: person.agencyId });
  return (
    <>
      <section aria-labelledby="edit-person-title" className="mt-10 border-t border-slate-200 pt-6">
        <h2 id="edit-person-title" className="mb-4 text-xl font-bold">
          {t("directory.editPerson")}
        </h2>
        <EditPersonForm person={person} agencyOptions={await agencySelectOptions(agencies, today)} />
      </section>
      <section aria-labelledby="person-status-title" className="mt-10 border-t border-slate-200 pt-6">
        <h2 id="person-status-title" className="mb-1 text-xl font-bold">
          {t("common.status")}
        </h2>
        <p className="mb-3 max-w-2xl text-sm text-slate-700">{person.active ? t("directory.personDeactivateHint") : t("directory.personReactivateHint")}</p>
        <PersonStatusForm person={person} />
      </section>
    </>
  );
}
