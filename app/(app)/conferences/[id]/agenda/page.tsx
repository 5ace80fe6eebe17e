import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { AddAgendaItemForm, EditAgendaItemForm } from "@/components/agenda/agenda-item-form";
import { AgendaReorder } from "@/components/agenda/agenda-reorder";
import { AgendaStartForms } from "@/components/agenda/agenda-start-forms";
import { AgendaTable } from "@/components/agenda/agenda-table";
import { Attachments } from "@/components/files/attachments";
import { fileStore, type StoredFileListItem } from "@/lib/storage/store";
import { DeleteAgendaItemForm } from "@/components/agenda/delete-agenda-item-form";
import { ConferenceHeader } from "@/components/conferences/conference-header";
import { ConferenceTabs } from "@/components/conferences/conference-tabs";
import { CarryOverSection } from "@/components/directives/board-sections";
import { getDb } from "@/db/client";
import { reorderAgendaAction } from "@/lib/agenda/actions";
import { listAgenda, listPresenterOptions } from "@/lib/agenda/queries";
import { computeAgendaTimes, findOverrun } from "@/lib/agenda/rules";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { conferenceIdParam, loadVisibleConference } from "@/lib/conferences/access";
import { formatTime } from "@/lib/format";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("agenda");
  return { title: t("title") };
}

/**
 * /conferences/[id]/agenda — the agenda in order with computed times and a yellow notice
 * when it overruns the conference. Managers (conferences.manage) also get add, edit,
 * delete, reorder, and while it is empty the template or the previous agenda.
 */
export default async function AgendaPage({ params, searchParams }: Props) {
  const user = await requirePermission("conferences.view");
  const db = getDb();
  const conference = await loadVisibleConference(db, conferenceIdParam((await params).id), user);
  if (!conference) notFound();
  const canManage = can(user, "conferences.manage");
  const [items, presenters] = await Promise.all([listAgenda(db, conference.id), canManage ? listPresenterOptions(db) : Promise.resolve({ people: [], agencies: [] })]);
  const t = await getTranslations("agenda");
  // Every item's documents in one query, grouped by item.
  const filesByItem = new Map<number, StoredFileListItem[]>();
  for (const file of await fileStore.list("agenda_item", items.map((item) => item.id), db)) {
    filesByItem.set(file.ownerId, [...(filesByItem.get(file.ownerId) ?? []), file]);
  }
  const times = computeAgendaTimes(items, conference.startsAt);
  const overrun = findOverrun(items, conference);
  const overrunIds = new Set(overrun?.itemIds ?? []);
  const timeOf = new Map(times.map((time) => [time.id, time]));
  // One item form at a time (?edit=<item id>): the form fields' ids are unique on the page.
  const editParam = (await searchParams).edit;
  const editing = canManage ? items.find((item) => String(item.id) === (Array.isArray(editParam) ? editParam[0] : editParam)) : undefined;
  const agendaHref = `/conferences/${conference.id}/agenda`;

  return (
    <>
      <ConferenceHeader conference={conference} />
      <ConferenceTabs conferenceId={conference.id} current="agenda" />
      <div className="mb-3 mt-6 flex flex-wrap items-baseline justify-between gap-3">
        <h2 className="text-xl font-bold">{t("title")}</h2>
        <a href={`/api/conferences/${conference.id}/ics`} className="link no-print">
          {t("downloadIcs")}
        </a>
      </div>
      {overrun ? (
        <div role="status" className="mb-4 rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-amber-950">
          <p className="font-bold">{t("overrunTitle")}</p>
          <p>
            {t("overrun", {
              end: overrun.agendaEnd ? formatTime(overrun.agendaEnd) : "",
              conferenceEnd: formatTime(conference.endsAt),
              items: items.filter((item) => overrunIds.has(item.id)).map((item) => item.title).join("; "),
            })}
          </p>
        </div>
      ) : null}
      <AgendaTable
        items={items}
        times={times}
        overrunIds={overrunIds}
        files={filesByItem}
        actions={
          canManage
            ? (item) => (
                <div className="space-y-2">
                  <Link href={`${agendaHref}?edit=${item.id}#agenda-form-title`} className="link">
                    {t("editItem")}
                    <span className="sr-only"> {item.title}</span>
                  </Link>
                  <DeleteAgendaItemForm conferenceId={conference.id} item={item} />
                </div>
              )
            : undefined
        }
      />
      {/* The follow-up review item's content: the previous conference's directives, read live. */}
      {items.some((item) => item.kind === "follow_up_review") ? <CarryOverSection conference={conference} viewer={user} /> : null}
      {canManage && items.length === 0 ? (
        <div className="mt-4">
          <AgendaStartForms conferenceId={conference.id} hasPrevious={conference.previousConferenceId !== null} />
        </div>
      ) : null}
      {canManage && items.length > 1 ? (
        <section aria-labelledby="agenda-reorder-title" className="no-print mt-8">
          <h2 id="agenda-reorder-title" className="mb-2 text-lg font-bold">
            {t("reorderTitle")}
          </h2>
          <AgendaReorder
            key={items.map((item) => `${item.id}:${item.position}`).join(",")}
            conferenceId={conference.id}
            action={reorderAgendaAction}
            items={items.map((item) => {
              const start = timeOf.get(item.id)?.start;
              return { id: item.id, title: item.title, time: start ? formatTime(start) : "" };
            })}
            labels={{
              hint: t("reorderHint"),
              moveUp: t("moveUp"),
              moveDown: t("moveDown"),
              moveUpLabel: t.raw("moveUpLabel") as string,
              moveDownLabel: t.raw("moveDownLabel") as string,
              moved: t.raw("moved") as string,
              save: t("saveOrder"),
              saving: t("savingOrder"),
              listLabel: t("reorderTitle"),
            }}
          />
        </section>
      ) : null}
      {canManage ? (
        <section aria-labelledby="agenda-form-title" className="no-print mt-8">
          <h2 id="agenda-form-title" className="mb-3 text-lg font-bold">
            {editing ? t("editTitle", { title: editing.title }) : t("addTitle")}
          </h2>
          {editing ? (
            <>
              <EditAgendaItemForm key={`${editing.id}:${editing.version}`} conferenceId={conference.id} item={editing} presenters={presenters} />
              <div className="mt-6">
                <Attachments ownerType="agenda_item" ownerId={editing.id} canChange={canManage} />
              </div>
              <p className="mt-3">
                <Link href={agendaHref} className="text-brand-700 underline">
                  {t("cancelEdit")}
                </Link>
              </p>
            </>
          ) : (
            <AddAgendaItemForm conferenceId={conference.id} presenters={presenters} />
          )}
        </section>
      ) : null}
    </>
  );
}
