import type { Db } from "@/db/client";
import type { OfficialDocumentKind } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import type { CommandContext } from "@/lib/commands";
import { createAgency, createUser, unique } from "@/test/factories";
import { sampleSpec } from "./issue-fixtures";
import type { IssueDocumentInput } from "./issue";

/* Database fixtures for the documents tests only (kept here, not in test/factories.ts). */

/** An issuing body with its symbol under a parent body, and a secretariat user who issues. */
export async function createIssuer(db: Db) {
  const parent = await createAgency(db, { name: unique("UBND tỉnh") });
  const agency = await createAgency(db, { name: unique("Sở"), code: unique("STTTT").toUpperCase(), parentId: parent.id });
  const user = await createUser(db, { role: "secretariat" });
  return { agency, user };
}

export function commandContext(tx: Db, actorId: number): CommandContext {
  return { tx, actorId, audit: (entry) => writeAudit(tx, { ...entry, actorId }) };
}

export function issueInput(issuingAgencyId: number, overrides: { kind?: OfficialDocumentKind; date?: string; recipientAgencyIds?: number[]; title?: string } = {}): IssueDocumentInput {
  const kind = overrides.kind ?? "conclusion_notice";
  const spec = sampleSpec({ kind, date: overrides.date ?? "2012-07-02", number: null });
  return {
    kind,
    conferenceId: null,
    issuingAgencyId,
    title: overrides.title ?? "Thông báo kết luận Hội nghị sơ kết 6 tháng đầu năm 2012",
    spec,
    recipientAgencyIds: overrides.recipientAgencyIds ?? [],
    snapshot: { source: "test" },
  };
}
