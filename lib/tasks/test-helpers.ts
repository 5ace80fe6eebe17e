import type { Db } from "@/db/client";
import { conferences, directives, taskCoordinators, tasks } from "@/db/schema";
import type { AuditEntry } from "@/lib/audit";
import { createAgency, unique } from "@/test/factories";
import type { CommandContext } from "./commands";

/** Test-only builders for tasks (kept beside the feature, not in test/factories.ts). */

/** A conference on 02/07/2012 (Vietnam) with one directive. */
export async function createDirective(db: Db, values: Partial<typeof directives.$inferInsert> = {}) {
  const host = await createAgency(db);
  const [conference] = await db
    .insert(conferences)
    .values({
      title: unique("Hội nghị"),
      kind: "mid_year_review",
      hostAgencyId: host.id,
      startsAt: new Date("2012-07-02T01:00:00Z"),
      endsAt: new Date("2012-07-02T04:30:00Z"),
    })
    .returning();
  const [directive] = await db
    .insert(directives)
    .values({ conferenceId: conference.id, number: 1, issuerName: "Giàng Thị Hoa", text: "Tăng cường quản lý nhà nước về báo chí", sector: "press", ...values })
    .returning();
  return { conference, directive };
}

export async function createTaskRow(db: Db, values: Partial<typeof tasks.$inferInsert> & { coordinatorIds?: number[] } = {}) {
  const { coordinatorIds = [], ...rest } = values;
  const directiveId = rest.directiveId ?? (await createDirective(db)).directive.id;
  const leadAgencyId = rest.leadAgencyId ?? (await createAgency(db)).id;
  const deadline = rest.deadline === undefined ? "2012-12-31" : rest.deadline;
  const [row] = await db
    .insert(tasks)
    .values({ title: unique("Nhiệm vụ"), ...rest, directiveId, leadAgencyId, deadline, originalDeadline: rest.originalDeadline === undefined ? deadline : rest.originalDeadline })
    .returning();
  if (coordinatorIds.length > 0) await db.insert(taskCoordinators).values(coordinatorIds.map((agencyId) => ({ taskId: row.id, agencyId })));
  return row;
}

export function commandContext(db: Db, entries: AuditEntry[] = [], actorId: number | null = null, today?: string): CommandContext {
  return { tx: db, actorId, today, audit: async (entry) => void entries.push(entry) };
}
