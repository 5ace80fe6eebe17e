import type { Db } from "@/db/client";
import { agendaItems, conferences, invitations } from "@/db/schema";
import { unique } from "@/test/factories";

/** Fixtures for lib/storage tests only (kept here, not in test/factories.ts). */
export async function createConference(db: Db, hostAgencyId: number, publishedToAll = false) {
  const [row] = await db
    .insert(conferences)
    .values({ title: unique("Hội nghị"), kind: "mid_year_review", hostAgencyId, startsAt: new Date("2012-07-02T01:00:00Z"), endsAt: new Date("2012-07-02T04:30:00Z"), publishedToAll })
    .returning();
  return row;
}

export async function inviteAgency(db: Db, conferenceId: number, agencyId: number) {
  await db.insert(invitations).values({ conferenceId, agencyId, checkInToken: unique("tok") });
}

export async function createAgendaItem(db: Db, conferenceId: number) {
  const [row] = await db.insert(agendaItems).values({ conferenceId, position: 1, title: unique("Nội dung") }).returning();
  return row;
}

export const PDF_BYTES = Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");
