import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, conferences, directives, invitations, taskCoordinators, tasks } from "@/db/schema";
import { unique } from "@/test/factories";

/*
 * Test-only bulk builders for the performance tests: enough rows that a page of 10 and a page
 * of 50 both fill up, inserted a statement per table (not a statement per row).
 */

export async function createAgencies(db: Db, n: number): Promise<number[]> {
  const rows = await db
    .insert(agencies)
    .values(Array.from({ length: n }, () => ({ name: unique("Đơn vị"), kind: "department_division" as const })))
    .returning({ id: agencies.id });
  return rows.map((r) => r.id);
}

/**
 * `n` concluded conferences a day apart from `firstDay` (2012-07-02 by default), hosted by
 * `hostId`, each with one directive; the `unitId` agency is invited to all of them.
 */
export async function createConferences(db: Db, n: number, hostId: number, unitId: number, firstDay = "2012-07-02"): Promise<{ conferenceIds: number[]; directiveIds: number[] }> {
  const start = Date.parse(`${firstDay}T01:00:00Z`);
  const rows = await db
    .insert(conferences)
    .values(
      Array.from({ length: n }, (_, i) => ({
        title: unique("Hội nghị"),
        kind: "regular_briefing" as const,
        status: "concluded" as const,
        hostAgencyId: hostId,
        startsAt: new Date(start + i * 86_400_000),
        endsAt: new Date(start + i * 86_400_000 + 3 * 3_600_000),
      })),
    )
    .returning({ id: conferences.id });
  const conferenceIds = rows.map((r) => r.id);
  await db.insert(invitations).values(conferenceIds.map((conferenceId) => ({ conferenceId, agencyId: unitId, checkInToken: unique("qr") })));
  const made = await db
    .insert(directives)
    .values(conferenceIds.map((conferenceId) => ({ conferenceId, number: 1, issuerName: "Giàng Thị Hoa", text: unique("Ý kiến chỉ đạo"), sector: "press" as const })))
    .returning({ id: directives.id });
  return { conferenceIds, directiveIds: made.map((d) => d.id) };
}

/** `n` tasks over the directives, led in turn by `leadIds`, each with the two coordinators given. */
export async function createTasks(db: Db, n: number, directiveIds: number[], leadIds: number[], coordinatorIds: number[]): Promise<number[]> {
  const rows = await db
    .insert(tasks)
    .values(
      Array.from({ length: n }, (_, i) => {
        const deadline = new Date(Date.UTC(2012, 8, 1 + (i % 90))).toISOString().slice(0, 10);
        return { directiveId: directiveIds[i % directiveIds.length], title: unique("Nhiệm vụ"), leadAgencyId: leadIds[i % leadIds.length], deadline, originalDeadline: deadline };
      }),
    )
    .returning({ id: tasks.id });
  const ids = rows.map((r) => r.id);
  const links = ids.flatMap((taskId, i) => coordinatorIds.filter((a) => a !== leadIds[i % leadIds.length]).map((agencyId) => ({ taskId, agencyId })));
  if (links.length) await db.insert(taskCoordinators).values(links);
  return ids;
}

/**
 * Many tasks in one INSERT … SELECT generate_series: `n` tasks spread over the directives and
 * lead agencies given, a third of them with a coordinator.
 */
export async function generateTasks(db: Db, n: number, directiveIds: number[], agencyIds: number[]): Promise<void> {
  const directiveArray = sql.raw(`array[${directiveIds.map((id) => Math.trunc(id)).join(",")}]`);
  const agencyArray = sql.raw(`array[${agencyIds.map((id) => Math.trunc(id)).join(",")}]`);
  await db.execute(sql`
    insert into tasks (directive_id, title, lead_agency_id, deadline, original_deadline)
    select (${directiveArray})[1 + g % ${directiveIds.length}], 'Nhiệm vụ ' || g, (${agencyArray})[1 + g % ${agencyIds.length}],
           date '2012-01-01' + (g % 700), date '2012-01-01' + (g % 700)
    from generate_series(1, ${n}) as g`);
  await db.execute(sql`
    insert into task_coordinators (task_id, agency_id)
    select t.id, (${agencyArray})[1 + (t.id + 7) % ${agencyIds.length}] from tasks t
    where t.id % 3 = 0 and t.lead_agency_id <> (${agencyArray})[1 + (t.id + 7) % ${agencyIds.length}]`);
}
