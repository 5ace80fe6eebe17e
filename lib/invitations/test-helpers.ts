import type { Db } from "@/db/client";
import { conferences } from "@/db/schema";
import type { AuditEntry } from "@/lib/audit";
import { createAgency, unique } from "@/test/factories";
import type { CommandContext } from "./commands";

/** Test-only helpers shared by the invitation and attendance tests (not imported by the app). */
export async function createConference(db: Db, values: Partial<typeof conferences.$inferInsert> = {}) {
  const host = values.hostAgencyId ? null : await createAgency(db);
  const [row] = await db
    .insert(conferences)
    .values({
      title: unique("Hội nghị sơ kết"),
      kind: "mid_year_review",
      startsAt: new Date("2012-07-02T01:30:00Z"),
      endsAt: new Date("2012-07-02T05:00:00Z"),
      hostAgencyId: host?.id ?? (values.hostAgencyId as number),
      ...values,
    })
    .returning();
  return row;
}

export type AuditRecord = Omit<AuditEntry, "actorId" | "actorUsername" | "meta">;

/** A command context whose audit writer records the entries for assertions. */
export function commandContext(tx: Db, actorId: number): CommandContext & { entries: AuditRecord[] } {
  const entries: AuditRecord[] = [];
  return {
    tx,
    actorId,
    entries,
    audit: async (entry) => {
      entries.push(entry);
    },
  };
}
