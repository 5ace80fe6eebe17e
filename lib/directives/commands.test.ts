import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conferences, conferenceStatusChanges, directiveApprovals, directiveIndicators, directiveLegalDocuments, directives, indicators, legalDocuments, people } from "@/db/schema";
import { db } from "@/test/db";
import { createAgency, createPerson, createUser, unique } from "@/test/factories";
import { approveDirectives, createDirective, deleteDirective, type DirectiveContext, reopenDirectives, updateDirective } from "./commands";
import { auditLog, createAgendaItem, createConference, createTask } from "./test-helpers";
import { createDirectiveSchema, updateDirectiveSchema } from "./validation";

async function context() {
  const leader = await createUser(db(), { role: "leader" });
  const log = auditLog();
  const run = <T>(fn: (ctx: DirectiveContext) => Promise<T>) => db().transaction((tx) => fn({ tx, actorId: leader.id, audit: log.audit, user: { role: "leader", agencyId: null } }));
  return { leader, log, run };
}

const input = (values: Record<string, string | number>) => createDirectiveSchema.parse({ sector: "general", text: "Tăng cường quản lý", ...values });

describe("directive commands", () => {
  it("number directives in order, snapshot the issuer and keep that name after the person changes post", async () => {
    const { run } = await context();
    const c = await createConference(db());
    const hoa = await createPerson(db(), { fullName: "Giàng Thị Hoa", position: "Phó Chủ tịch UBND tỉnh" });
    const item = await createAgendaItem(db(), c.id);
    const first = await run((ctx) => createDirective(ctx, input({ conferenceId: c.id, issuedByPersonId: hoa.id, agendaItemId: item.id, sector: "press" })));
    const second = await run((ctx) => createDirective(ctx, input({ conferenceId: c.id, issuedByPersonId: hoa.id })));
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(first).toMatchObject({ issuerName: "Giàng Thị Hoa", issuerTitle: "Phó Chủ tịch UBND tỉnh", agendaItemId: item.id, sector: "press" });

    await expect(run((ctx) => createDirective(ctx, input({ conferenceId: c.id, issuedByPersonId: hoa.id, number: 2 })))).rejects.toMatchObject({ messageKey: "directives.errors.numberTaken", field: "number" });
    const other = await createConference(db());
    const foreignItem = await createAgendaItem(db(), other.id);
    await expect(run((ctx) => createDirective(ctx, input({ conferenceId: c.id, issuedByPersonId: hoa.id, agendaItemId: foreignItem.id })))).rejects.toMatchObject({ field: "agendaItemId" });

    await db().update(people).set({ position: "Chủ tịch UBND tỉnh" }).where(eq(people.id, hoa.id));
    const [kept] = await db().select().from(directives).where(eq(directives.id, first.id));
    expect(kept.issuerTitle).toBe("Phó Chủ tịch UBND tỉnh");
    expect(await db().select().from(directives).where(eq(directives.conferenceId, c.id))).toHaveLength(2);
  });

  it("add a document by symbol once, link ticked ones, and replace links on edit", async () => {
    const { run, log } = await context();
    const c = await createConference(db());
    const person = await createPerson(db());
    const a = await run((ctx) => createDirective(ctx, input({ conferenceId: c.id, issuedByPersonId: person.id, symbol: "4/2012/tt-btttt" })));
    const b = await run((ctx) => createDirective(ctx, input({ conferenceId: c.id, issuedByPersonId: person.id, symbol: "04/2012/TT-BTTTT" })));
    const docs = await db().select().from(legalDocuments).where(eq(legalDocuments.symbol, "04/2012/TT-BTTTT"));
    expect(docs).toHaveLength(1);
    expect(log.entries.filter((e) => e.action === "legal_document.create")).toHaveLength(1);
    const links = await db().select().from(directiveLegalDocuments).where(eq(directiveLegalDocuments.legalDocumentId, docs[0].id));
    expect(links.map((l) => l.directiveId).sort()).toEqual([a.id, b.id].sort());

    const [plan] = await db().insert(legalDocuments).values({ symbol: "12/KH-STTTT", number: 12, typeCode: "KH", issuer: "STTTT" }).returning();
    const updated = await run((ctx) =>
      updateDirective(ctx, updateDirectiveSchema.parse({ id: a.id, version: a.version, conferenceId: c.id, issuedByPersonId: person.id, sector: "it", text: "Sửa", [`doc_${plan.id}`]: "on" })),
    );
    expect(updated).toMatchObject({ version: 2, sector: "it", text: "Sửa", number: 1 });
    expect((await db().select().from(directiveLegalDocuments).where(eq(directiveLegalDocuments.directiveId, a.id))).map((l) => l.legalDocumentId)).toEqual([plan.id]);
    // A malformed symbol in the same form writes nothing.
    expect(createDirectiveSchema.safeParse({ conferenceId: c.id, issuedByPersonId: person.id, sector: "it", text: "x", symbol: "04/12/TT" }).error?.issues[0]).toMatchObject({
      path: ["symbol"],
      message: "legalDocuments.symbolErrors.year",
    });
  });

  it("link the indicators a directive concerns from ticked boxes, replace them on edit, refuse an unknown one", async () => {
    const { run, log } = await context();
    const c = await createConference(db());
    const person = await createPerson(db());
    const [subscribers, revenue] = await db()
      .insert(indicators)
      .values([
        { code: unique("VT-TB"), nameVi: "Thuê bao điện thoại", unit: "thuê bao", kind: "stock" as const },
        { code: unique("VT-DT"), nameVi: "Doanh thu viễn thông", unit: "tỷ đồng", kind: "flow" as const, decimals: 2 },
      ])
      .returning();
    const linked = async (id: number) => (await db().select().from(directiveIndicators).where(eq(directiveIndicators.directiveId, id))).map((row) => row.indicatorId).sort();
    const d = await run((ctx) => createDirective(ctx, input({ conferenceId: c.id, issuedByPersonId: person.id, [`ind_${subscribers.id}`]: "on", [`ind_${revenue.id}`]: "off" })));
    expect(await linked(d.id)).toEqual([subscribers.id]);
    const edit = updateDirectiveSchema.parse({ conferenceId: c.id, id: d.id, version: d.version, issuedByPersonId: person.id, sector: "general", text: "Sửa", [`ind_${revenue.id}`]: "on" });
    await run((ctx) => updateDirective(ctx, edit));
    expect(await linked(d.id)).toEqual([revenue.id]);
    expect(log.entries.at(-1)).toMatchObject({ before: { indicatorIds: [subscribers.id] }, after: { indicatorIds: [revenue.id] } });
    await expect(run((ctx) => createDirective(ctx, input({ conferenceId: c.id, issuedByPersonId: person.id, ind_999999: "on" })))).rejects.toMatchObject({ field: "indicatorIds" });
  });

  it("delete only a directive without tasks", async () => {
    const { run } = await context();
    const c = await createConference(db());
    const person = await createPerson(db());
    const agency = await createAgency(db());
    const free = await run((ctx) => createDirective(ctx, input({ conferenceId: c.id, issuedByPersonId: person.id })));
    const busy = await run((ctx) => createDirective(ctx, input({ conferenceId: c.id, issuedByPersonId: person.id })));
    await createTask(db(), busy.id, agency.id);
    await expect(run((ctx) => deleteDirective(ctx, { conferenceId: c.id, id: busy.id }))).rejects.toMatchObject({ messageKey: "directives.errors.hasTasks" });
    await run((ctx) => deleteDirective(ctx, { conferenceId: c.id, id: free.id }));
    expect((await db().select().from(directives).where(eq(directives.conferenceId, c.id))).map((d) => d.id)).toEqual([busy.id]);
  });

  it("approve concludes a held conference and blocks edits until a leader reopens", async () => {
    const { run, log, leader } = await context();
    const c = await createConference(db(), "held");
    const person = await createPerson(db());
    await expect(run((ctx) => approveDirectives(ctx, { conferenceId: c.id }))).rejects.toMatchObject({ messageKey: "directives.errors.noDirectives" });
    const d = await run((ctx) => createDirective(ctx, input({ conferenceId: c.id, issuedByPersonId: person.id })));
    await run((ctx) => approveDirectives(ctx, { conferenceId: c.id }));

    const [concluded] = await db().select().from(conferences).where(eq(conferences.id, c.id));
    expect(concluded.status).toBe("concluded");
    expect(await db().select().from(conferenceStatusChanges).where(eq(conferenceStatusChanges.conferenceId, c.id))).toMatchObject([{ fromStatus: "held", toStatus: "concluded" }]);
    expect(await db().select().from(directiveApprovals).where(eq(directiveApprovals.conferenceId, c.id))).toMatchObject([{ approvedById: leader.id }]);
    await expect(run((ctx) => approveDirectives(ctx, { conferenceId: c.id }))).rejects.toMatchObject({ messageKey: "directives.errors.alreadyApproved" });
    await expect(run((ctx) => createDirective(ctx, input({ conferenceId: c.id, issuedByPersonId: person.id })))).rejects.toMatchObject({ messageKey: "directives.errors.approved" });
    await expect(
      run((ctx) => updateDirective(ctx, updateDirectiveSchema.parse({ id: d.id, version: 1, conferenceId: c.id, issuedByPersonId: person.id, sector: "it", text: "Sửa" }))),
    ).rejects.toMatchObject({ messageKey: "directives.errors.approved" });
    await expect(run((ctx) => deleteDirective(ctx, { conferenceId: c.id, id: d.id }))).rejects.toMatchObject({ messageKey: "directives.errors.approved" });

    await run((ctx) => reopenDirectives(ctx, { conferenceId: c.id }));
    expect(await db().select().from(directiveApprovals).where(eq(directiveApprovals.conferenceId, c.id))).toHaveLength(0);
    await expect(run((ctx) => reopenDirectives(ctx, { conferenceId: c.id }))).rejects.toMatchObject({ messageKey: "directives.errors.notApproved" });
    await run((ctx) => createDirective(ctx, input({ conferenceId: c.id, issuedByPersonId: person.id })));
    // Approving again after a reopen: the conference is already concluded and stays so.
    await run((ctx) => approveDirectives(ctx, { conferenceId: c.id }));
    expect(log.entries.map((e) => e.action).filter((a) => a !== "directive.create")).toEqual(["conference.status_change", "directive.approve", "directive.reopen", "directive.approve"]);
  });

  it("refuse to approve a conference that has not been held", async () => {
    const { run } = await context();
    const c = await createConference(db(), "scheduled");
    const person = await createPerson(db());
    await run((ctx) => createDirective(ctx, input({ conferenceId: c.id, issuedByPersonId: person.id })));
    await expect(run((ctx) => approveDirectives(ctx, { conferenceId: c.id }))).rejects.toMatchObject({ messageKey: "directives.errors.notHeld" });
    expect(await db().select().from(directiveApprovals).where(eq(directiveApprovals.conferenceId, c.id))).toHaveLength(0);
  });
});
