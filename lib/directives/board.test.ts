import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conferences, directives } from "@/db/schema";
import { createTaskRow, createDirective } from "@/lib/tasks/test-helpers";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { loadCarryOver, loadDirectiveBoard, statusAsOf } from "./board";

const secretariat = { role: "secretariat" as const, agencyId: null };

/** A follow-up conference on the given instant, created from `previousId`. */
async function followUp(previousId: number, hostAgencyId: number, startsAt: Date) {
  const [row] = await db()
    .insert(conferences)
    .values({ title: "Tổng kết năm 2012", kind: "annual_review", previousConferenceId: previousId, hostAgencyId, startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000) })
    .returning();
  return row;
}

describe("status as of a day", () => {
  it("ignores a completion accepted after that day and judges the deadline on it", () => {
    const task = { deadline: "2012-09-30", originalDeadline: "2012-09-30", completedOn: "2012-12-20" };
    expect(statusAsOf(task, "2012-09-30").derived.status).toBe("open_within_deadline");
    expect(statusAsOf(task, "2012-10-01").derived.status).toBe("open_overdue");
    expect(statusAsOf(task, "2012-12-20")).toMatchObject({ completedOn: "2012-12-20", derived: { status: "completed_late", daysOverdue: 81 } });
  });
});

describe("carry-over: the previous conference's directives at the next conference", () => {
  it("lists every previous directive with its tasks' status on the new conference's day, linked not copied", async () => {
    const { conference: previous, directive: first } = await createDirective(db());
    const [second] = await db().insert(directives).values({ conferenceId: previous.id, number: 2, issuerName: "Giàng Thị Hoa", text: "Quản lý thuê bao trả trước", sector: "postal_telecom" }).returning();
    const [third] = await db().insert(directives).values({ conferenceId: previous.id, number: 3, issuerName: "Giàng Thị Hoa", text: "Chưa giao nhiệm vụ", sector: "general" }).returning();
    const onTime = await createTaskRow(db(), { directiveId: first.id, deadline: "2012-10-31", completedOn: "2012-10-15" });
    const acceptedAfterReview = await createTaskRow(db(), { directiveId: second.id, deadline: "2012-11-30", completedOn: "2013-01-20" });
    const ongoing = await createTaskRow(db(), { directiveId: second.id, deadline: null });
    // The year-end conference meets on 08/01/2013 (Vietnam), between the two completions.
    const next = await followUp(previous.id, previous.hostAgencyId, new Date("2013-01-08T01:00:00Z"));

    const carry = await loadCarryOver(db(), secretariat, next, "2026-11-27");
    expect(carry?.previous.id).toBe(previous.id);
    expect(carry?.asOf).toBe("2013-01-08");
    expect(carry?.directives.map((d) => d.number)).toEqual([1, 2, 3]);
    const [d1, d2, d3] = carry!.directives;
    expect(d1.tasks).toMatchObject([{ id: onTime.id, completedOn: "2012-10-15", derived: { status: "completed_on_time" } }]);
    expect(d2.tasks.map((t) => [t.id, t.derived.status, t.completedOn])).toEqual([
      [acceptedAfterReview.id, "open_overdue", null],
      [ongoing.id, "ongoing", null],
    ]);
    expect(d3.id).toBe(third.id);
    expect(d3.tasks).toEqual([]);

    // Once the review day is past, the live task shows the acceptance the review did not know of;
    // the carry-over still shows the day of the review.
    const live = await loadDirectiveBoard(db(), secretariat, previous.id, "2013-02-01");
    expect(live[1].tasks[0].derived.status).toBe("completed_late");
  });

  it("takes statuses as of today while the new conference is still ahead", async () => {
    const { conference: previous, directive } = await createDirective(db());
    await createTaskRow(db(), { directiveId: directive.id, deadline: "2012-08-31" });
    const next = await followUp(previous.id, previous.hostAgencyId, new Date("2012-12-20T01:00:00Z"));
    const carry = await loadCarryOver(db(), secretariat, next, "2012-08-31");
    expect(carry?.asOf).toBe("2012-08-31");
    expect(carry?.directives[0].tasks[0].derived.status).toBe("open_within_deadline");
  });

  it("shows a unit officer only the directives and tasks that concern their agency", async () => {
    const { conference: previous, directive } = await createDirective(db());
    const unit = await createAgency(db());
    const other = await createAgency(db());
    const mine = await createTaskRow(db(), { directiveId: directive.id, leadAgencyId: other.id, coordinatorIds: [unit.id] });
    await createTaskRow(db(), { directiveId: directive.id, leadAgencyId: other.id });
    await db().insert(directives).values({ conferenceId: previous.id, number: 2, issuerName: "Giàng Thị Hoa", text: "Không liên quan", sector: "general" });
    const next = await followUp(previous.id, previous.hostAgencyId, new Date("2013-01-08T01:00:00Z"));
    const carry = await loadCarryOver(db(), { role: "unit_officer", agencyId: unit.id }, next, "2026-11-27");
    expect(carry?.directives).toHaveLength(1);
    expect(carry?.directives[0].tasks.map((t) => t.id)).toEqual([mine.id]);
    expect(carry?.directives[0].tasks[0].coordinatorNames).toBe(unit.name);
    // The board is one prepared statement for every unit, the unit a value of each run: the lead
    // unit, read next, sees both of its tasks, and the first unit still only its own.
    const lead = await loadDirectiveBoard(db(), { role: "unit_officer", agencyId: other.id }, previous.id, "2026-11-27");
    expect(lead.map((d) => d.tasks.length)).toEqual([2]);
    expect((await loadDirectiveBoard(db(), { role: "unit_officer", agencyId: unit.id }, previous.id, "2026-11-27"))[0].tasks.map((t) => t.id)).toEqual([mine.id]);
    expect(await loadDirectiveBoard(db(), { role: "unit_officer", agencyId: null }, previous.id, "2026-11-27")).toEqual([]);
  });

  it("is empty for a conference that follows nothing", async () => {
    const { conference } = await createDirective(db());
    expect(await loadCarryOver(db(), secretariat, conference)).toBeNull();
  });

  it("is empty once the previous conference was deleted", async () => {
    const { conference: previous, directive } = await createDirective(db());
    await createTaskRow(db(), { directiveId: directive.id, deadline: "2012-08-31" });
    const next = await followUp(previous.id, previous.hostAgencyId, new Date("2013-01-08T01:00:00Z"));
    expect(await loadCarryOver(db(), secretariat, next, "2026-11-27")).not.toBeNull();
    const remover = await createUser(db(), { role: "secretariat" });
    await db().update(conferences).set({ deletedAt: new Date(), deletedById: remover.id }).where(eq(conferences.id, previous.id));
    expect(await loadCarryOver(db(), secretariat, next, "2026-11-27")).toBeNull();
  });
});
