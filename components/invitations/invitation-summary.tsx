import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { buttonClass } from "@/components/ui/button";
import type { SelectOption } from "@/components/ui/fields";
import { agencyKinds, invitationStatuses } from "@/db/schema";
import { formatNumber } from "@/lib/format";
import type { InvitationCounts, InvitationFilters } from "@/lib/invitations/queries";

/** Counts by reply and by agency kind, each a link that filters the list. */
export async function InvitationCountsPanel({ conferenceId, counts }: { conferenceId: number; counts: InvitationCounts }) {
  const t = await getTranslations();
  const base = `/conferences/${conferenceId}/invitations`;
  return (
    <section aria-labelledby="counts-title" className="mb-6 grid gap-4 md:grid-cols-2">
      <h2 id="counts-title" className="sr-only">
        {t("invitations.countsTitle")}
      </h2>
      <div className="rounded border border-slate-200 bg-white p-4">
        <h3 className="font-bold">{t("invitations.byStatus", { total: formatNumber(counts.total) })}</h3>
        <ul className="mt-2 space-y-1">
          {invitationStatuses.map((status) => (
            <li key={status} className="flex justify-between gap-3">
              <Link href={`${base}?status=${status}`} className="text-brand-700 underline">
                {t(`invitations.statuses.${status}`)}
              </Link>
              <span className="tabular-nums">{formatNumber(counts.byStatus[status])}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="rounded border border-slate-200 bg-white p-4">
        <h3 className="font-bold">{t("invitations.byKind")}</h3>
        <ul className="mt-2 space-y-1">
          {counts.byKind.map((row) => (
            <li key={row.kind} className="flex justify-between gap-3">
              {row.kind === "person" ? (
                <span>{t("invitations.personKind")}</span>
              ) : (
                <Link href={`${base}?kind=${row.kind}`} className="text-brand-700 underline">
                  {t(`agencyKinds.${row.kind}`)}
                </Link>
              )}
              <span className="tabular-nums">{formatNumber(row.count)}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}

/** Reply status and agency kind as a GET form. */
export async function InvitationFiltersForm({ conferenceId, filters }: { conferenceId: number; filters: InvitationFilters }) {
  const t = await getTranslations();
  const base = `/conferences/${conferenceId}/invitations`;
  const statusOptions: SelectOption[] = invitationStatuses.map((status) => ({ value: status, label: t(`invitations.statuses.${status}`) }));
  const kindOptions: SelectOption[] = agencyKinds.map((kind) => ({ value: kind, label: t(`agencyKinds.${kind}`) }));
  return (
    <form method="get" action={base} role="search" className="no-print mb-4 grid gap-4 rounded border border-slate-200 bg-white p-4 md:grid-cols-[1fr_1fr_auto] md:items-end">
      <FilterSelect name="status" label={t("invitations.filterStatus")} placeholder={t("invitations.allStatuses")} options={statusOptions} value={filters.status} />
      <FilterSelect name="kind" label={t("invitations.filterKind")} placeholder={t("invitations.allKinds")} options={kindOptions} value={filters.kind} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass("primary")}>
          {t("common.filter")}
        </button>
        {filters.status || filters.kind ? (
          <Link href={base} className="link text-sm">
            {t("common.clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}

// Plain selects with their own ids: the reply form on the same page has a "status" field too.
function FilterSelect({ name, label, placeholder, options, value }: { name: string; label: string; placeholder: string; options: SelectOption[]; value?: string }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block font-semibold text-slate-900">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="mt-1 block w-full rounded border-2 border-slate-600 bg-white px-3 py-2 text-base">
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
