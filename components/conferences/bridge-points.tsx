import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, type SelectOption, SelectField, TextField } from "@/components/ui/fields";
import { type Column, DataTable } from "@/components/ui/table";
import { addBridgePointAction } from "@/lib/conferences/actions";
import { moveBridgePointAction, updateBridgePointAction } from "@/lib/conferences/bridge-actions";
import type { BridgePointRow } from "@/lib/conferences/queries";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { type BridgeListLabels, BridgeListForm } from "./bridge-list-form";

/** The page parameter that opens the add forms: /conferences/ID?action=add-bridge. */
export const ADD_BRIDGE_ACTION = "add-bridge";
/** …and the edit form of one point: /conferences/ID?action=edit-bridge&bridge=ID. */
export const EDIT_BRIDGE_ACTION = "edit-bridge";

/**
 * The sites of an online or hybrid conference; managers add a row at the end or remove one.
 * The add form opens on ?action=add-bridge (like postponing): its agency list is hundreds of
 * options, which every view of the conference page would otherwise query, render and send.
 */
export async function BridgePoints({
  conferenceId,
  rows,
  canManage,
  agencyOptions,
  editingId,
}: {
  conferenceId: number;
  rows: BridgePointRow[];
  canManage: boolean;
  agencyOptions: SelectOption[] | null;
  /** The point whose edit form is open (its agency list is then loaded). */
  editingId?: number;
}) {
  const t = await getTranslations("conferences");
  const optional = (await getTranslations("common"))("optional");
  const [upLabels, downLabels] = canManage ? await Promise.all([getFormLabels("conferences.bridge.moveUp"), getFormLabels("conferences.bridge.moveDown")]) : [null, null];
  const editing = canManage && agencyOptions ? rows.find((row) => row.id === editingId) : undefined;
  const columns: Column<BridgePointRow>[] = [
    { key: "position", header: "#", cell: (row) => row.position, numeric: true, className: "sm:w-12" },
    { key: "name", header: t("bridge.name"), cell: (row) => row.name },
    { key: "place", header: t("bridge.place"), cell: (row) => row.place ?? "—" },
    { key: "agency", header: t("bridge.agency"), cell: (row) => row.responsibleAgencyName ?? "—" },
    { key: "contact", header: t("bridge.contact"), cell: (row) => row.contact ?? "—" },
  ];
  if (upLabels && downLabels) {
    const move = (row: BridgePointRow, direction: "up" | "down") => (
      <ActionForm compact variant="ghost" action={moveBridgePointAction} labels={direction === "up" ? upLabels : downLabels}>
        <HiddenField name="conferenceId" value={conferenceId} />
        <HiddenField name="id" value={row.id} />
        <HiddenField name="version" value={row.version} />
        <HiddenField name="direction" value={direction} />
      </ActionForm>
    );
    columns.push({
      key: "order",
      header: t("bridge.order"),
      cell: (row) => (
        <span className="flex flex-wrap gap-1" aria-label={t("bridge.orderOf", { name: row.name })} role="group">
          {row.position > 1 ? move(row, "up") : null}
          {row.position < rows.length ? move(row, "down") : null}
        </span>
      ),
    });
    columns.push({
      key: "edit",
      header: t("bridge.edit"),
      cell: (row) => (
        <Link href={`/conferences/${conferenceId}?action=${EDIT_BRIDGE_ACTION}&bridge=${row.id}#bridge-edit`} className="link">
          {t("bridge.edit")}
          <span className="sr-only"> {row.name}</span>
        </Link>
      ),
    });
  }
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
      {editing && agencyOptions ? (
        <div id="bridge-edit" className="no-print mt-4 rounded border border-slate-300 bg-white p-4">
          <h3 className="mb-3 font-semibold">{t("bridge.editTitle", { name: editing.name })}</h3>
          <ActionForm action={updateBridgePointAction} labels={await getFormLabels("conferences.bridge.save")}>
            <HiddenField name="conferenceId" value={conferenceId} />
            <HiddenField name="id" value={editing.id} />
            <HiddenField name="version" value={editing.version} />
            <TextField name="name" label={t("bridge.name")} defaultValue={editing.name} autoComplete="off" required />
            <TextField name="place" label={t("bridge.place")} optionalLabel={optional} defaultValue={editing.place} autoComplete="off" />
            <SelectField name="responsibleAgencyId" label={t("bridge.agency")} optionalLabel={optional} placeholder={t("fields.noPerson")} defaultValue={editing.responsibleAgencyId ? String(editing.responsibleAgencyId) : ""} options={agencyOptions} />
            <TextField name="contact" label={t("bridge.contact")} optionalLabel={optional} defaultValue={editing.contact} autoComplete="off" />
          </ActionForm>
        </div>
      ) : canManage && agencyOptions ? (
        <div id="bridge-add" className="no-print mt-4 space-y-6 rounded border border-slate-300 bg-white p-4">
          <section aria-labelledby="bridge-list-title">
            <h3 id="bridge-list-title" className="mb-3 font-semibold">
              {t("bridge.listTitle")}
            </h3>
            <BridgeListForm conferenceId={conferenceId} labels={await bridgeListLabels(t)} />
          </section>
          <h3 className="mb-3 border-t border-slate-200 pt-4 font-semibold">{t("bridge.add")}</h3>
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
          <Link href={`/conferences/${conferenceId}?action=${ADD_BRIDGE_ACTION}#bridge-add`} className="link">
            {t("bridge.add")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

type Translator = Awaited<ReturnType<typeof getTranslations<"conferences">>>;

async function bridgeListLabels(t: Translator): Promise<BridgeListLabels> {
  const keys = ["list", "listHint", "file", "fileHint", "preview", "previewing", "previewTitle", "line", "name", "agency", "check", "ok", "summary", "summaryErrors"] as const;
  return {
    title: t("bridge.listTitle"),
    ...(Object.fromEntries(keys.map((key) => [key, t(`bridge.bulk.${key}`)])) as Record<(typeof keys)[number], string>),
    save: await getFormLabels("conferences.bridge.bulk.save"),
  };
}
