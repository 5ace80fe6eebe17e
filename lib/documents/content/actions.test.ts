import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { documentDrafts, documentNumberSequences, issuedDocumentRecipients, issuedDocuments } from "@/db/schema";
import { idleFormState } from "@/lib/form-state";
import { db } from "@/test/db";
import { createUser } from "@/test/factories";
import { form, Redirected, request, signedIn } from "@/test/next-request";
import { createSeedLikeConference, type SeedLike } from "./test-fixtures";

const { issueConferenceDocumentAction, saveConclusionDraftAction, saveMinutesDraftAction } = await import("./actions");

/* The server actions of the documents tab: who may issue and save, and what they refuse. */

let seed: SeedLike;
beforeAll(async () => {
  seed = await createSeedLikeConference(db());
});
beforeEach(() => {
  request.user = null;
});

const issueForm = (values: Record<string, string | number> = {}) =>
  form({ conferenceId: seed.conference.id, kind: "conclusion_notice", date: "05/07/2012", signerName: "Lò Văn Thắng", signerTitle: "Giám đốc Sở", authorityPrefix: "", authorityBody: "Giám đốc", ...values });

async function issuedCount() {
  return (await db().select().from(issuedDocuments).where(eq(issuedDocuments.conferenceId, seed.conference.id))).length;
}

async function redirectOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Redirected) return error.url;
    throw error;
  }
  throw new Error("expected a redirect");
}

describe("issueConferenceDocumentAction", () => {
  it("refuses unit officers (even of an invited agency), viewers and leaders, and takes no number", async () => {
    for (const values of [
      { role: "unit_officer" as const, agencyId: seed.agencies.press.id },
      { role: "viewer" as const },
      { role: "leader" as const },
    ]) {
      request.user = signedIn(await createUser(db(), values));
      expect(await issueConferenceDocumentAction(idleFormState, issueForm())).toMatchObject({ status: "error", message: "errors.forbidden" });
    }
    request.user = null;
    expect(await issueConferenceDocumentAction(idleFormState, issueForm())).toMatchObject({ status: "error", message: "errors.signedOut" });
    expect(await issuedCount()).toBe(0);
    expect(await db().select().from(documentNumberSequences).where(eq(documentNumberSequences.issuingAgencyId, seed.agencies.host.id))).toHaveLength(0);
  });

  it("issues for the secretariat with the next number, the signer and the recipients, then shows it on the tab", async () => {
    request.user = signedIn(await createUser(db(), { role: "secretariat" }));
    const url = await redirectOf(issueConferenceDocumentAction(idleFormState, issueForm({ authorityPrefix: "KT.", signerName: "Nguyễn Văn Hùng", signerTitle: "Phó Giám đốc" })));
    const [row] = await db().select().from(issuedDocuments).where(eq(issuedDocuments.conferenceId, seed.conference.id));
    expect(url).toBe(`/conferences/${seed.conference.id}/documents?issued=${row.id}#issued`);
    expect(row).toMatchObject({
      kind: "conclusion_notice",
      symbol: `01/TB-${seed.agencies.host.code}`,
      issuedOn: "2012-07-05",
      signerName: "Nguyễn Văn Hùng",
      signerTitle: "PHÓ GIÁM ĐỐC",
      authorityPrefix: "KT.",
      issuingAgencyId: seed.agencies.host.id,
    });
    const recipients = await db().select().from(issuedDocumentRecipients).where(eq(issuedDocumentRecipients.documentId, row.id));
    expect(recipients.map((r) => r.agencyId).sort()).toEqual(
      [seed.agencies.ubnd.id, seed.agencies.press.id, seed.agencies.vnpt.id, seed.agencies.viettel.id, seed.agencies.district.id, seed.agencies.postal.id].sort(),
    );
    const second = await redirectOf(issueConferenceDocumentAction(idleFormState, issueForm({ kind: "invitation", invitationId: seed.invitations.hoa.id })));
    expect(second).toMatch(/\?issued=\d+#issued$/);
    const invitation = (await db().select().from(issuedDocuments).where(eq(issuedDocuments.conferenceId, seed.conference.id))).find((d) => d.kind === "invitation");
    expect(invitation?.symbol).toBe(`01/GM-${seed.agencies.host.code}`);
    expect(invitation?.title).toContain("Giàng Thị Hoa");
  });

  it("asks for the body signed for with a prefix, a real date, and a previous conference for the default follow-up report", async () => {
    request.user = signedIn(await createUser(db(), { role: "admin" }));
    const before = await issuedCount();
    expect(await issueConferenceDocumentAction(idleFormState, issueForm({ authorityPrefix: "TL.", authorityBody: "" }))).toMatchObject({
      status: "error",
      fieldErrors: { authorityBody: "conferenceDocuments.issue.authorityBodyRequired" },
    });
    expect(await issueConferenceDocumentAction(idleFormState, issueForm({ date: "30/02/2012" }))).toMatchObject({ status: "error", fieldErrors: { date: "validation.date" } });
    expect(await issueConferenceDocumentAction(idleFormState, issueForm({ kind: "follow_up_report" }))).toMatchObject({
      status: "error",
      fieldErrors: { subject: "conferenceDocuments.errors.noPrevious" },
    });
    expect(await issueConferenceDocumentAction(idleFormState, issueForm({ conferenceId: 999_999 }))).toMatchObject({ status: "error", message: "errors.notFound" });
    expect(await issuedCount()).toBe(before);
  });
});

describe("saveMinutesDraftAction", () => {
  it("refuses a unit officer, saves for the secretariat and refuses a stale version", async () => {
    await db().insert(documentDrafts).values({ conferenceId: seed.conference.id, kind: "minutes", content: { startTime: "08:00", endTime: "11:30", summaryByItem: {}, otherRemarks: "", secretaryName: "" } }).onConflictDoNothing();
    const values = { conferenceId: seed.conference.id, version: 1, startTime: "8h05", endTime: "11:40", secretaryName: "Trần Minh Đức", otherRemarks: "", [`summary_${seed.agenda[0].id}`]: "Trình bày báo cáo." };

    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: seed.agencies.press.id }));
    expect(await saveMinutesDraftAction(idleFormState, form(values))).toMatchObject({ status: "error", message: "errors.forbidden" });

    request.user = signedIn(await createUser(db(), { role: "secretariat" }));
    expect(await saveMinutesDraftAction(idleFormState, form({ ...values, startTime: "25:00" }))).toMatchObject({ status: "error", fieldErrors: { startTime: "conferenceDocuments.minutes.timeInvalid" } });
    expect(await saveMinutesDraftAction(idleFormState, form({ ...values, endTime: "07:00" }))).toMatchObject({ status: "error", fieldErrors: { endTime: "conferenceDocuments.minutes.endBeforeStart" } });
    expect(await redirectOf(saveMinutesDraftAction(idleFormState, form(values)))).toBe(`/conferences/${seed.conference.id}/documents/minutes/edit?saved=1`);
    const [row] = await db().select().from(documentDrafts).where(and(eq(documentDrafts.conferenceId, seed.conference.id), eq(documentDrafts.kind, "minutes")));
    expect(row.version).toBe(2);
    expect(row.content).toMatchObject({ startTime: "08:05", endTime: "11:40", summaryByItem: { [String(seed.agenda[0].id)]: "Trình bày báo cáo." } });
    expect(await saveMinutesDraftAction(idleFormState, form(values))).toMatchObject({ status: "error", message: "errors.conflict" });
  });
});

describe("saveConclusionDraftAction", () => {
  it("refuses a unit officer, saves for the secretariat with its version and refuses a stale one", async () => {
    await db().insert(documentDrafts).values({ conferenceId: seed.conference.id, kind: "conclusion_notice", content: { assessment: "", includeIndicatorTable: true, directions: "" } }).onConflictDoNothing();
    const values = { conferenceId: seed.conference.id, version: 1, assessment: "Hội nghị đánh giá cao kết quả 6 tháng đầu năm.", directions: "Tăng cường quản lý thuê bao trả trước." };

    request.user = signedIn(await createUser(db(), { role: "unit_officer", agencyId: seed.agencies.press.id }));
    expect(await saveConclusionDraftAction(idleFormState, form(values))).toMatchObject({ status: "error", message: "errors.forbidden" });

    request.user = signedIn(await createUser(db(), { role: "secretariat" }));
    expect(await saveConclusionDraftAction(idleFormState, form({ ...values, assessment: "x".repeat(10_001) }))).toMatchObject({ status: "error", fieldErrors: { assessment: "validation.tooLong" } });
    expect(await redirectOf(saveConclusionDraftAction(idleFormState, form(values)))).toBe(`/conferences/${seed.conference.id}/documents/conclusion-notice/edit?saved=1`);
    const [row] = await db().select().from(documentDrafts).where(and(eq(documentDrafts.conferenceId, seed.conference.id), eq(documentDrafts.kind, "conclusion_notice")));
    // The box was not ticked: the table is left out.
    expect(row).toMatchObject({ version: 2, content: { assessment: values.assessment, includeIndicatorTable: false, directions: values.directions } });
    expect(await saveConclusionDraftAction(idleFormState, form({ ...values, includeIndicatorTable: "on" }))).toMatchObject({ status: "error", message: "errors.conflict" });
  });
});
