import { agendaItems, conferences, type ConferenceStatus, tasks } from "@/db/schema";
import type { Db } from "@/db/client";
import type { AuditEntry } from "@/lib/audit";
import { createAgency } from "@/test/factories";

/** Audit entries a command wrote, for assertions (commands run outside mutate() in tests). */
export function auditLog() {
  const entries: Omit<AuditEntry, "actorId" | "actorUsername" | "meta">[] = [];
  return { entries, audit: async (entry: (typeof entries)[number]) => void entries.push(entry) };
}

export async function createConference(db: Db, status: ConferenceStatus = "held") {
  const host = await createAgency(db);
  const [row] = await db
    .insert(conferences)
    .values({ title: "Sơ kết 6 tháng", kind: "mid_year_review", status, startsAt: new Date("2012-07-02T01:00:00Z"), endsAt: new Date("2012-07-02T04:30:00Z"), hostAgencyId: host.id })
    .returning();
  return row;
}

export async function createAgendaItem(db: Db, conferenceId: number) {
  const [row] = await db.insert(agendaItems).values({ conferenceId, title: "Phát biểu chỉ đạo", kind: "directing_speech", position: 1 }).returning();
  return row;
}

export async function createTask(db: Db, directiveId: number, leadAgencyId: number, values: Partial<typeof tasks.$inferInsert> = {}) {
  const [row] = await db.insert(tasks).values({ directiveId, leadAgencyId, title: "Nhiệm vụ", ...values }).returning();
  return row;
}
