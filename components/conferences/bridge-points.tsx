import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, type SelectOption, SelectField, TextField } from "@/components/ui/fields";
import { type Column, DataTable } from "@/components/ui/table";
import { addBridgePointAction } from "@/lib/conferences/actions";
import type { BridgePointRow } from "@/lib/conferences/queries";
import { getFormLabels } from "@/lib/i18n/form-labels";

/** The page parameter that opens the add form: /conferences/ID?action=add-bridge. */
export const ADD_BRIDGE_ACTION = "add-bridge";

/**
 * The sites of an online or hybrid conference; managers add a row at the end or remove one.
 * The add form opens on ?action=add-bridge (like postponing): its agency list is hundreds of
 * options, which every view of the conference page would otherwise query, render and send.
 */
export async function BridgePoints({ conferenceId, rows, canManage, agencyOptions }: { conferenceId: number; rows: BridgePointRow[]; canManage: boolean; agencyOptions: SelectOption[] | null }) {
  const t = await getTranslations("conferences");
  const optional = (await getTranslations("common"))("optional");
  const columns: Column<BridgePointRow>[] = [
    { key: "position", header: "#", cell: (row) => row.position, numeric: true, className: "sm:w-12" },
    { key: "name", header: t("bridge.name"), cell: (row) => row.name },
    { key: "place", header: t("bridge.place"), cell: (row) => row.place ?? "—" },
    { key: "agency", header: t("bridge.agency"), cell: (row) => row.responsibleAgencyName ?? "—" },
    { key: "contact", header: t("bridge.contact"), cell: (row) => row.contact ?? "—" },
  ];
  if (canManage) {
    // Removing asks first, on its own page (/bridge-points/ID/delete).
    columns.push({
      key: "remove",
      header: t("bridge.remove"),
      cell: (row) => (
        <Link href={`/conferences/${conferenceId}/bridge-points/${row.id}/delete`} className="font-semibold text-danger-600 underline">
          {t("bridge.remove")}
          <span className="sr-only"> {row.name}</span>
        </Link>
      ),
    });
  }
  return (
    <section aria-labelledby="bridge-points-title" className="mt-8">
      <h2 id="bridge-points-title" className="mb-3 text-xl font-bold text-slate-900">
        {t("page.bridgePoints")} ({rows.length})
      </h2>
      <DataTable caption={t("page.bridgePoints")} empty={t("page.noBridgePoints")} rows={rows} rowKey={(row) => row.id} columns={columns} />
      {canManage && agencyOptions ? (
        <div id="bridge-add" className="no-print mt-4 rounded border border-slate-300 bg-white p-4">
          <h3 className="mb-3 font-semibold">{t("bridge.add")}</h3>
          <ActionForm action={addBridgePointAction} labels={await getFormLabels("conferences.bridge.add")}>
            <HiddenField name="conferenceId" value={conferenceId} />
            <TextField name="name" label={t("bridge.name")} autoComplete="off" required />
            <TextField name="place" label={t("bridge.place")} optionalLabel={optional} autoComplete="off" />
            <SelectField name="responsibleAgencyId" label={t("bridge.agency")} optionalLabel={optional} placeholder={t("fields.noPerson")} options={agencyOptions} />
            <TextField name="contact" label={t("bridge.contact")} optionalLabel={optional} autoComplete="off" />
          </ActionForm>
        </div>
      ) : canManage ? (
        <p className="no-print mt-4">
          <Link href={`/conferences/${conferenceId}?action=${ADD_BRIDGE_ACTION}#bridge-add`} className="font-semibold text-brand-700 underline">
            {t("bridge.add")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
