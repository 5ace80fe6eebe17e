import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conferences, directives, legalDocuments, taskCoordinators, taskEvents, taskExtensionRequests, tasks } from "@/db/schema";
import { isUniqueViolation } from "@/lib/errors";
import { db } from "@/test/db";
import { createAgency, unique } from "@/test/factories";

async function directiveWithTask() {
  const host = await createAgency(db());
  const lead = await createAgency(db());
  const [conference] = await db()
    .insert(conferences)
    .values({ title: unique("Hội nghị"), kind: "mid_year_review", hostAgencyId: host.id, startsAt: new Date("2012-07-02T01:00:00Z"), endsAt: new Date("2012-07-02T04:30:00Z") })
    .returning();
  const [directive] = await db()
    .insert(directives)
    .values({ conferenceId: conference.id, number: 1, issuerName: "Giàng Thị Hoa", issuerTitle: "Phó Chủ tịch UBND tỉnh", text: "Quản lý thuê bao di động trả trước", sector: "postal_telecom" })
    .returning();
  const [task] = await db()
    .insert(tasks)
    .values({ directiveId: directive.id, title: "Tập huấn Thông tư 04/2012/TT-BTTTT", leadAgencyId: lead.id, deadline: "2012-09-30", originalDeadline: "2012-09-30" })
    .returning();
  return { conference, directive, task, lead };
}

async function rejects(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the database to refuse");
}

describe("directives and tasks schema", () => {
  it("keeps each legal document once and each directive number once per conference", async () => {
    const symbol = `04/2012/TT-${unique("B").toUpperCase()}`;
    await db().insert(legalDocuments).values({ symbol, number: 4, year: 2012, typeCode: "TT", issuer: "BTTTT", issuedOn: "2012-04-13" });
    expect(isUniqueViolation(await rejects(db().insert(legalDocuments).values({ symbol, number: 4, year: 2012, typeCode: "TT", issuer: "BTTTT" })))).toBe(true);

    const { conference } = await directiveWithTask();
    expect(isUniqueViolation(await rejects(db().insert(directives).values({ conferenceId: conference.id, number: 1, issuerName: "X", text: "Trùng số" })))).toBe(true);
  });

  it("allows one pending extension request per task and refuses impossible values", async () => {
    const { task, lead } = await directiveWithTask();
    await db().insert(taskExtensionRequests).values({ taskId: task.id, requestedDeadline: "2012-10-31", reason: "Chờ tài liệu của Bộ" });
    expect(isUniqueViolation(await rejects(db().insert(taskExtensionRequests).values({ taskId: task.id, requestedDeadline: "2012-11-30", reason: "Lần hai" })))).toBe(true);

    await rejects(db().insert(taskEvents).values({ taskId: task.id, kind: "progress", percent: 120 }));
    await rejects(db().insert(tasks).values({ directiveId: task.directiveId, title: "Thiếu hạn gốc", leadAgencyId: lead.id, deadline: "2012-09-30" }));
    await db().insert(taskCoordinators).values({ taskId: task.id, agencyId: (await createAgency(db())).id });
    expect(isUniqueViolation(await rejects(db().insert(taskCoordinators).values({ taskId: task.id, agencyId: lead.id }).then(() => db().insert(taskCoordinators).values({ taskId: task.id, agencyId: lead.id }))))).toBe(true);
  });

  it("gives every directive its conference's start, and keeps it when either moves", async () => {
    const { conference, directive } = await directiveWithTask();
    const startsAt = async () => {
      const [row] = await db().select({ at: directives.conferenceStartsAt }).from(directives).where(eq(directives.id, directive.id));
      return row.at.toISOString();
    };
    // Inserted by the app without it (the placeholder is replaced).
    expect(directive.conferenceStartsAt.toISOString()).toBe("2012-07-02T01:00:00.000Z");

    await db().update(conferences).set({ startsAt: new Date("2012-07-03T01:00:00Z"), endsAt: new Date("2012-07-03T04:30:00Z") }).where(eq(conferences.id, conference.id));
    expect(await startsAt()).toBe("2012-07-03T01:00:00.000Z");

    // A value written directly does not stick.
    await db().update(directives).set({ conferenceStartsAt: new Date("2000-01-01T00:00:00Z") }).where(eq(directives.id, directive.id));
    expect(await startsAt()).toBe("2012-07-03T01:00:00.000Z");

    const [other] = await db()
      .insert(conferences)
      .values({ title: unique("Hội nghị"), kind: "mid_year_review", hostAgencyId: conference.hostAgencyId, startsAt: new Date("2013-01-10T01:00:00Z"), endsAt: new Date("2013-01-10T04:00:00Z") })
      .returning();
    await db().update(directives).set({ conferenceId: other.id }).where(eq(directives.id, directive.id));
    expect(await startsAt()).toBe("2013-01-10T01:00:00.000Z");
  });
});
