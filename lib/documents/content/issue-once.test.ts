import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { documentNumberSequences, issuedDocuments } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/commands";
import { withdrawDocument } from "@/lib/documents/issue";
import { isUniqueViolation } from "@/lib/errors";
import { idleFormState } from "@/lib/form-state";
import { db } from "@/test/db";
import { createUser } from "@/test/factories";
import { form, Redirected, request, signedIn } from "@/test/next-request";
import { issueConferenceDocument, type IssueConferenceDocumentInput } from "./commands";
import { findEarlierIssues } from "./issued-queries";
import { createSeedLikeConference } from "./test-fixtures";

const { issueConferenceDocumentAction, reviewIssueAction } = await import("./actions");

/*
 * Minutes and the conclusion notice exist once per conference: a double submit, a retry or
 * two clerks at once never take a second number; the first one issued is given back. A
 * withdrawn one may be issued anew, only when the clerk confirmed it. Both databases.
 */

beforeEach(() => {
  request.user = null;
});

async function setUp() {
  const seed = await createSeedLikeConference(db());
  const clerk = await createUser(db(), { role: "secretariat" });
  const ctx = (tx = db()): CommandContext => ({ tx, actorId: clerk.id, audit: (entry) => writeAudit(tx, { ...entry, actorId: clerk.id }), today: "2012-07-05" });
  const input = (overrides: Partial<IssueConferenceDocumentInput> = {}): IssueConferenceDocumentInput => ({
    conferenceId: seed.conference.id,
    kind: "conclusion_notice",
    date: "2012-07-05",
    signerName: "Lò Văn Thắng",
    signerTitle: "Giám đốc Sở",
    ...overrides,
  });
  const rows = (kind: IssueConferenceDocumentInput["kind"] = "conclusion_notice") =>
    db().select().from(issuedDocuments).where(and(eq(issuedDocuments.conferenceId, seed.conference.id), eq(issuedDocuments.kind, kind)));
  const lastNumber = async (typeCode: string) =>
    (await db().select().from(documentNumberSequences).where(and(eq(documentNumberSequences.issuingAgencyId, seed.agencies.host.id), eq(documentNumberSequences.typeCode, typeCode))))[0]?.lastNumber;
  return { seed, clerk, ctx, input, rows, lastNumber };
}

describe("issuing minutes and the conclusion notice", () => {
  it("gives back the one already issued instead of a second number (retry, double submit, two clerks at once)", async () => {
    const { seed, ctx, input, rows, lastNumber } = await setUp();
    const first = await db().transaction((tx) => issueConferenceDocument(ctx(tx), input()));
    expect(first).toMatchObject({ symbol: `01/TB-${seed.agencies.host.code}`, alreadyIssued: false });
    const retry = await db().transaction((tx) => issueConferenceDocument(ctx(tx), input({ signerName: "Nguyễn Văn Hùng" })));
    expect(retry).toMatchObject({ id: first.id, symbol: first.symbol, alreadyIssued: true });

    const minutes = await Promise.all([1, 2].map(() => db().transaction((tx) => issueConferenceDocument(ctx(tx), input({ kind: "minutes" })))));
    expect(new Set(minutes.map((row) => row.id)).size).toBe(1);
    expect(minutes.map((row) => row.alreadyIssued).sort()).toEqual([false, true]);

    expect(await rows()).toHaveLength(1);
    expect(await rows("minutes")).toHaveLength(1);
    expect(await lastNumber("TB")).toBe(1);
    expect(await lastNumber("BB")).toBe(1);
  });

  it("is guarded by the database too: a second live notice for the conference is refused", async () => {
    const { ctx, input, rows } = await setUp();
    await db().transaction((tx) => issueConferenceDocument(ctx(tx), input()));
    const [row] = await rows();
    const { id: _id, issuedAt: _at, ...copy } = row;
    const error = await db()
      .insert(issuedDocuments)
      .values({ ...copy, number: row.number + 1, symbol: `${row.symbol}-2` })
      .catch((caught: unknown) => caught);
    expect(isUniqueViolation(error)).toBe(true);
    expect(await rows()).toHaveLength(1);
  });

  it("issues a withdrawn one anew only when confirmed, with a new number; the old one keeps its own", async () => {
    const { seed, ctx, input, rows, lastNumber } = await setUp();
    const first = await db().transaction((tx) => issueConferenceDocument(ctx(tx), input()));
    await db().transaction((tx) => withdrawDocument(ctx(tx), { id: first.id, reason: "Sai tên đơn vị phối hợp" }));
    await expect(db().transaction((tx) => issueConferenceDocument(ctx(tx), input()))).rejects.toMatchObject({ messageKey: "conferenceDocuments.errors.reissueNotConfirmed" });
    expect(await lastNumber("TB")).toBe(1);
    const again = await db().transaction((tx) => issueConferenceDocument(ctx(tx), input({ reissue: true })));
    expect(again).toMatchObject({ symbol: `02/TB-${seed.agencies.host.code}`, alreadyIssued: false });
    expect((await rows()).map((row) => [row.symbol, row.withdrawnAt === null]).sort()).toEqual([
      [`01/TB-${seed.agencies.host.code}`, false],
      [`02/TB-${seed.agencies.host.code}`, true],
    ]);
    expect(await findEarlierIssues(db(), seed.conference.id, "conclusion_notice")).toMatchObject({ live: { id: again.id }, withdrawn: { id: first.id } });
  });

  it("leaves invitations free to be issued one per invitee", async () => {
    const { seed, ctx, input, rows } = await setUp();
    await db().transaction((tx) => issueConferenceDocument(ctx(tx), input({ kind: "invitation", invitationId: seed.invitations.hoa.id })));
    await db().transaction((tx) => issueConferenceDocument(ctx(tx), input({ kind: "invitation" })));
    expect(await rows("invitation")).toHaveLength(2);
  });
});

describe("the issue form's two steps", () => {
  const values = (conferenceId: number, extra: Record<string, string> = {}) =>
    form({ conferenceId, kind: "conclusion_notice", date: "05/07/2012", signerName: "Lò Văn Thắng", signerTitle: "Giám đốc Sở", authorityPrefix: "", authorityBody: "", ...extra });

  it("checks the fields and opens the confirmation page without taking a number; the confirmed issue is not repeated", async () => {
    const { seed, clerk, rows, lastNumber } = await setUp();
    request.user = signedIn(await createUser(db(), { role: "viewer" }));
    expect(await reviewIssueAction(idleFormState, values(seed.conference.id))).toMatchObject({ status: "error", message: "errors.forbidden" });

    request.user = signedIn(clerk);
    expect(await reviewIssueAction(idleFormState, values(seed.conference.id, { signerName: "" }))).toMatchObject({ status: "error", fieldErrors: { signerName: "validation.required" } });
    const review = (await reviewIssueAction(idleFormState, values(seed.conference.id)).catch((error: unknown) => error)) as Redirected;
    expect(review).toBeInstanceOf(Redirected);
    const url = new URL(review.url, "http://localhost");
    expect(url.pathname).toBe(`/conferences/${seed.conference.id}/documents/conclusion-notice/issue`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ date: "05/07/2012", signerName: "Lò Văn Thắng", signerTitle: "Giám đốc Sở" });
    expect(await rows()).toHaveLength(0);
    expect(await lastNumber("TB")).toBeUndefined();

    const issued = (await issueConferenceDocumentAction(idleFormState, values(seed.conference.id)).catch((error: unknown) => error)) as Redirected;
    const [row] = await rows();
    expect(issued.url).toBe(`/conferences/${seed.conference.id}/documents?issued=${row.id}#issued`);
    const twice = (await issueConferenceDocumentAction(idleFormState, values(seed.conference.id)).catch((error: unknown) => error)) as Redirected;
    expect(twice.url).toBe(`/conferences/${seed.conference.id}/documents?issued=${row.id}&already=1#issued`);
    expect(await rows()).toHaveLength(1);
  });
});
