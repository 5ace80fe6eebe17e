import { and, asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { agencies, agendaItems, people } from "@/db/schema";
import { withFields } from "@/lib/rows";

export interface AgendaRow {
  id: number;
  position: number;
  title: string;
  kind: (typeof agendaItems.$inferSelect)["kind"];
  presenterPersonId: number | null;
  presenterAgencyId: number | null;
  presenterName: string | null;
  startsAt: Date | null;
  durationMinutes: number | null;
  notes: string | null;
  version: number;
}

const presenterAgency = alias(agencies, "presenter_agency");

/**
 * The agenda of one conference in order, with the presenter's name, in one query. The
 * caller has already checked the conference is visible to the user (loadVisibleConference).
 */
export async function listAgenda(db: Db, conferenceId: number): Promise<AgendaRow[]> {
  const rows = await db
    .select({
      id: agendaItems.id,
      position: agendaItems.position,
      title: agendaItems.title,
      kind: agendaItems.kind,
      presenterPersonId: agendaItems.presenterPersonId,
      presenterAgencyId: agendaItems.presenterAgencyId,
      personName: people.fullName,
      personPosition: people.position,
      agencyName: presenterAgency.name,
      startsAt: agendaItems.startsAt,
      durationMinutes: agendaItems.durationMinutes,
      notes: agendaItems.notes,
      version: agendaItems.version,
    })
    .from(agendaItems)
    .leftJoin(people, eq(people.id, agendaItems.presenterPersonId))
    .leftJoin(presenterAgency, eq(presenterAgency.id, agendaItems.presenterAgencyId))
    .where(and(eq(agendaItems.conferenceId, conferenceId)))
    .orderBy(asc(agendaItems.position), asc(agendaItems.id));
  return rows.map(({ personName, personPosition, agencyName, ...row }) =>
    withFields(row, { presenterName: personName ? (personPosition ? `${personName}, ${personPosition}` : personName) : agencyName }),
  );
}

export interface PresenterOption {
  value: string;
  label: string;
}

/** Active people and agencies for the presenter select ("person:1", "agency:2"), two queries in all. */
export async function listPresenterOptions(db: Db): Promise<{ people: PresenterOption[]; agencies: PresenterOption[] }> {
  const [personRows, agencyRows] = await Promise.all([
    db.select({ id: people.id, fullName: people.fullName, position: people.position }).from(people).where(eq(people.active, true)).orderBy(asc(people.fullName)),
    db.select({ id: agencies.id, name: agencies.name }).from(agencies).orderBy(asc(agencies.name)),
  ]);
  return {
    people: personRows.map((p) => ({ value: `person:${p.id}`, label: p.position ? `${p.fullName} (${p.position})` : p.fullName })),
    agencies: agencyRows.map((a) => ({ value: `agency:${a.id}`, label: a.name })),
  };
}
