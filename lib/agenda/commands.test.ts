import { FOLLOW_UP_REVIEW_ITEM } from "./copy";
import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agendaItems, auditLog, conferences } from "@/db/schema";
import type { AuditEntry } from "@/lib/audit";
import { UserFacingError } from "@/lib/errors";
import { db } from "@/test/db";
import { createAgency, createPerson } from "@/test/factories";
import { addAgendaItem, applyReviewTemplate, copyPreviousAgenda, editAgendaItem, reorderAgenda } from "./commands";
import { createAgendaItemSchema } from "./validation";

const manager = { role: "secretariat" as const, agencyId: null };

async function createConference(values: Partial<typeof conferences.$inferInsert> = {}) {
  const host = await createAgency(db());
  const [row] = await db()
    .insert(conferences)
    .values({
      title: "Hội nghị sơ kết 6 tháng đầu năm 2012",
      kind: "mid_year_review",
      status: "scheduled",
      startsAt: new Date("2012-07-02T00:30:00Z"),
      endsAt: new Date("2012-07-02T04:30:00Z"),
      hostAgencyId: host.id,
      ...values,
    })
    .returning();
  return row;
}

/** Runs a command in a transaction like mutate() does, collecting its audit rows. */
async function run<R>(fn: (ctx: { tx: Parameters<typeof addAgendaItem>[0]["tx"]; audit: (e: AuditEntry) => Promise<void>; user: typeof manager }) => Promise<R>) {
  const audits: AuditEntry[] = [];
  const result = await db().transaction((tx) => fn({ tx, audit: async (entry) => void audits.push(entry), user: manager }));
  return { result, audits };
}

const itemsOf = (conferenceId: number) => db().select().from(agendaItems).where(eq(agendaItems.conferenceId, conferenceId)).orderBy(asc(agendaItems.position));

describe("agenda commands", () => {
  it("add items at the end with an HH:mm start on the conference day and a presenter", async () => {
    const conference = await createConference();
    const person = await createPerson(db(), { fullName: "Giàng Thị Hoa" });
    const input = createAgendaItemSchema.parse({ conferenceId: conference.id, title: "Báo cáo kết quả", kind: "report", presenter: `person:${person.id}`, startTime: "07:45", durationMinutes: "30" });
    const { audits } = await run((ctx) => addAgendaItem(ctx, input));
    await run((ctx) => addAgendaItem(ctx, createAgendaItemSchema.parse({ conferenceId: conference.id, title: "Thảo luận", kind: "discussion" })));
    const rows = await itemsOf(conference.id);
    expect(rows.map((r) => [r.position, r.title])).toEqual([
      [1, "Báo cáo kết quả"],
      [2, "Thảo luận"],
    ]);
    expect(rows[0].startsAt?.toISOString()).toBe("2012-07-02T00:45:00.000Z");
    expect(rows[0].presenterPersonId).toBe(person.id);
    expect(audits[0].action).toBe("agenda_item.create");
    const [after] = await db().select().from(conferences).where(eq(conferences.id, conference.id));
    expect(after.sequence).toBe(2);
  });

  it("refuse an unknown presenter under its field", async () => {
    const conference = await createConference();
    const input = createAgendaItemSchema.parse({ conferenceId: conference.id, title: "Báo cáo", kind: "report", presenter: "agency:999999" });
    await expect(run((ctx) => addAgendaItem(ctx, input))).rejects.toMatchObject({ messageKey: "validation.invalid", field: "presenter" });
    expect(await itemsOf(conference.id)).toHaveLength(0);
  });

  it("refuse an empty title with the field's message, writing nothing", () => {
    const parsed = createAgendaItemSchema.safeParse({ conferenceId: "1", title: "   ", kind: "report" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.find((i) => i.path[0] === "title")?.message).toBe("agenda.titleRequired");
  });

  it("refuse an edit from a stale version", async () => {
    const conference = await createConference();
    const { result: item } = await run((ctx) => addAgendaItem(ctx, createAgendaItemSchema.parse({ conferenceId: conference.id, title: "Một", kind: "other" })));
    const edit = { ...createAgendaItemSchema.parse({ conferenceId: conference.id, title: "Hai", kind: "other" }), id: item.id, version: 1 };
    await run((ctx) => editAgendaItem(ctx, edit));
    await expect(run((ctx) => editAgendaItem(ctx, { ...edit, title: "Ba" }))).rejects.toThrow("errors.conflict");
    expect((await itemsOf(conference.id))[0].title).toBe("Hai");
  });

  it("reorder from the full list, and refuse a stale list without changing anything", async () => {
    const conference = await createConference();
    const { result: rows } = await run((ctx) => applyReviewTemplate(ctx, { conferenceId: conference.id }));
    const ids = rows.map((r) => r.id);
    const { audits } = await run((ctx) => reorderAgenda(ctx, { conferenceId: conference.id, order: [ids[3], ids[0], ids[1], ids[2]] }));
    expect((await itemsOf(conference.id)).map((r) => r.id)).toEqual([ids[3], ids[0], ids[1], ids[2]]);
    expect(audits[0].action).toBe("agenda.reorder");

    const stale = run((ctx) => reorderAgenda(ctx, { conferenceId: conference.id, order: [ids[0], ids[1], ids[2]] }));
    await expect(stale).rejects.toThrow(UserFacingError);
    await expect(stale).rejects.toThrow("agenda.orderStale");
    expect((await itemsOf(conference.id)).map((r) => r.id)).toEqual([ids[3], ids[0], ids[1], ids[2]]);
    // An item of another conference cannot be smuggled in.
    const other = await createConference();
    const { result: foreign } = await run((ctx) => addAgendaItem(ctx, createAgendaItemSchema.parse({ conferenceId: other.id, title: "Khác", kind: "other" })));
    await expect(run((ctx) => reorderAgenda(ctx, { conferenceId: conference.id, order: [ids[3], ids[0], ids[1], foreign.id] }))).rejects.toThrow("agenda.orderStale");
  });

  it("apply the review template only to an empty agenda", async () => {
    const conference = await createConference();
    await run((ctx) => applyReviewTemplate(ctx, { conferenceId: conference.id }));
    const rows = await itemsOf(conference.id);
    expect(rows.map((r) => [r.title, r.kind])).toEqual([
      ["Báo cáo kết quả thực hiện nhiệm vụ", "report"],
      ["Thảo luận", "discussion"],
      ["Phát biểu chỉ đạo của lãnh đạo", "directing_speech"],
      ["Kết luận hội nghị", "conclusion"],
    ]);
    await expect(run((ctx) => applyReviewTemplate(ctx, { conferenceId: conference.id }))).rejects.toThrow("agenda.notEmpty");
    expect(await itemsOf(conference.id)).toHaveLength(4);
  });

  it("copy the previous conference's agenda, keeping times of day on the new date", async () => {
    const previous = await createConference({ startsAt: new Date("2012-01-05T01:00:00Z"), endsAt: new Date("2012-01-05T05:00:00Z") });
    await run((ctx) => addAgendaItem(ctx, createAgendaItemSchema.parse({ conferenceId: previous.id, title: "Khai mạc", kind: "other", startTime: "08:00", durationMinutes: "15" })));
    await run((ctx) => addAgendaItem(ctx, createAgendaItemSchema.parse({ conferenceId: previous.id, title: "Báo cáo", kind: "report", notes: "Văn phòng trình bày" })));
    const next = await createConference({ previousConferenceId: previous.id });
    await run((ctx) => copyPreviousAgenda(ctx, { conferenceId: next.id }));
    const rows = await itemsOf(next.id);
    // A follow-up conference opens with the review of the previous one's directives.
    expect(rows.map((r) => r.title)).toEqual([FOLLOW_UP_REVIEW_ITEM.title, "Khai mạc", "Báo cáo"]);
    expect(rows[0].kind).toBe("follow_up_review");
    expect(rows[1].startsAt?.toISOString()).toBe("2012-07-02T01:00:00.000Z");
    expect(rows[2].notes).toBe("Văn phòng trình bày");
    await expect(run((ctx) => copyPreviousAgenda(ctx, { conferenceId: next.id }))).rejects.toThrow("agenda.notEmpty");
    const lonely = await createConference();
    await expect(run((ctx) => copyPreviousAgenda(ctx, { conferenceId: lonely.id }))).rejects.toThrow("agenda.noPrevious");
  });

  it("hide a conference a unit officer may not see", async () => {
    const conference = await createConference();
    const officer = { role: "unit_officer" as const, agencyId: (await createAgency(db())).id };
    const attempt = db().transaction((tx) => addAgendaItem({ tx, audit: async () => undefined, user: officer }, createAgendaItemSchema.parse({ conferenceId: conference.id, title: "X", kind: "other" })));
    await expect(attempt).rejects.toThrow("errors.notFound");
    expect(await itemsOf(conference.id)).toHaveLength(0);
    expect(await db().select().from(auditLog).where(eq(auditLog.entityType, "agenda_item"))).toHaveLength(0);
  });
});
