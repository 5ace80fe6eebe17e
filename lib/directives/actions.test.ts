import { count, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { auditLog as auditTable, directiveApprovals, directives, legalDocuments } from "@/db/schema";
import { idleFormState } from "@/lib/form-state";
import { db } from "@/test/db";
import { createAgency, createPerson, createUser } from "@/test/factories";
import { form, Redirected, request, signedIn } from "@/test/next-request";
import { createConference } from "./test-helpers";

const actions = await import("./actions");
const documentActions = await import("@/lib/legal-documents/actions");

beforeEach(() => {
  request.user = null;
});

async function snapshot() {
  const [d] = await db().select({ n: count() }).from(directives);
  const [l] = await db().select({ n: count() }).from(legalDocuments);
  const [a] = await db().select({ n: count() }).from(directiveApprovals);
  const [au] = await db().select({ n: count() }).from(auditTable);
  return { directives: d.n, documents: l.n, approvals: a.n, audit: au.n };
}

describe("directive and register actions", () => {
  it("refuse viewers and unit officers, leaving the database unchanged", async () => {
    const c = await createConference(db());
    const person = await createPerson(db());
    const agency = await createAgency(db());
    const accounts = [await createUser(db(), { role: "viewer" }), await createUser(db(), { role: "unit_officer", agencyId: agency.id })];
    const before = await snapshot();
    for (const account of accounts) {
      request.user = signedIn(account);
      const directive = form({ conferenceId: c.id, issuedByPersonId: person.id, sector: "press", text: "Tăng cường", symbol: "04/2012/TT-BTTTT" });
      expect(await actions.createDirectiveAction(idleFormState, directive)).toEqual({ status: "error", message: "errors.forbidden" });
      expect(await actions.approveDirectivesAction(idleFormState, form({ conferenceId: c.id }))).toEqual({ status: "error", message: "errors.forbidden" });
      expect(await actions.reopenDirectivesAction(idleFormState, form({ conferenceId: c.id }))).toEqual({ status: "error", message: "errors.forbidden" });
      expect(await documentActions.createLegalDocumentAction(idleFormState, form({ symbol: "99/2012/TT-BTTTT" }))).toEqual({ status: "error", message: "errors.forbidden" });
    }
    // The secretariat records but may not approve.
    request.user = signedIn(await createUser(db(), { role: "secretariat" }));
    expect(await actions.approveDirectivesAction(idleFormState, form({ conferenceId: c.id }))).toEqual({ status: "error", message: "errors.forbidden" });
    expect(await snapshot()).toEqual(before);
  });

  it("record with the secretariat, approve with a leader, and put symbol errors under the field", async () => {
    const c = await createConference(db());
    const person = await createPerson(db());
    request.user = signedIn(await createUser(db(), { role: "secretariat" }));
    const bad = await actions.createDirectiveAction(idleFormState, form({ conferenceId: c.id, issuedByPersonId: person.id, sector: "press", text: "Giữ lại", symbol: "04/12/TT-BTTTT" }));
    expect(bad).toMatchObject({ status: "error", fieldErrors: { symbol: "legalDocuments.symbolErrors.year" }, values: { text: "Giữ lại" } });
    expect(await actions.createDirectiveAction(idleFormState, form({ conferenceId: c.id, issuedByPersonId: person.id, sector: "press", text: "Báo chí" }))).toMatchObject({ status: "ok" });
    request.user = signedIn(await createUser(db(), { role: "leader" }));
    // Approved from its confirmation page, then back to the directives, which show the approval.
    const approved = await actions.approveDirectivesAction(idleFormState, form({ conferenceId: c.id })).catch((error: unknown) => error);
    expect(approved).toBeInstanceOf(Redirected);
    expect((approved as Redirected).url).toBe(`/conferences/${c.id}/directives?approved=1`);
    expect(await db().select().from(directives).where(eq(directives.conferenceId, c.id))).toHaveLength(1);

    await expect(documentActions.createLegalDocumentAction(idleFormState, form({ symbol: "07/2012/TT-BTTTT" }))).rejects.toBeInstanceOf(Redirected);
    const dup = await documentActions.createLegalDocumentAction(idleFormState, form({ symbol: "7/2012/tt-btttt", title: "Lần hai" }));
    expect(dup).toMatchObject({ status: "error", fieldErrors: { symbol: "legalDocuments.errors.duplicate" }, values: { title: "Lần hai" } });
    expect(await db().select().from(legalDocuments).where(eq(legalDocuments.symbol, "07/2012/TT-BTTTT"))).toHaveLength(1);
  });
});
