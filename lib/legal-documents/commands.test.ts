import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { legalDocuments } from "@/db/schema";
import { auditLog } from "@/lib/directives/test-helpers";
import { UserFacingError } from "@/lib/errors";
import { db } from "@/test/db";
import { createLegalDocument, updateLegalDocument } from "./commands";
import { createLegalDocumentSchema, updateLegalDocumentSchema } from "./validation";

const parse = (values: Record<string, string>) => createLegalDocumentSchema.safeParse(values);

describe("legal document register", () => {
  it("gives one Vietnamese message key per kind of malformed symbol", () => {
    const errorOf = (symbol: string) => {
      const result = parse({ symbol });
      return result.success ? undefined : result.error.issues[0]?.message;
    };
    expect(errorOf("")).toBe("legalDocuments.symbolErrors.empty");
    expect(errorOf("04 2012 TT")).toBe("legalDocuments.symbolErrors.format");
    expect(errorOf("0/2012/TT-BTTTT")).toBe("legalDocuments.symbolErrors.number");
    expect(errorOf("04/12/TT-BTTTT")).toBe("legalDocuments.symbolErrors.year");
    expect(errorOf("04/2012/KH-BTTTT")).toBe("legalDocuments.symbolErrors.type");
    expect(parse({ symbol: "4/2012/tt-btttt", issuedOn: "13/04/2012" }).data).toMatchObject({ symbol: { normalized: "04/2012/TT-BTTTT" }, issuedOn: "2012-04-13" });
  });

  it("stores the parsed parts and refuses the same document entered twice, writing nothing", async () => {
    const log = auditLog();
    const input = parse({ symbol: "15/2013/TT-BTTTT", issuingBody: "Bộ Thông tin và Truyền thông", issuedOn: "01/07/2013", title: "Quy định A" }).data!;
    const row = await db().transaction((tx) => createLegalDocument({ tx, audit: log.audit }, input));
    expect(row).toMatchObject({ symbol: "15/2013/TT-BTTTT", number: 15, year: 2013, typeCode: "TT", issuer: "BTTTT", issuedOn: "2013-07-01" });

    const again = parse({ symbol: "15/2013/tt-btttt", title: "Bản nhập lại" }).data!;
    const refused = db().transaction((tx) => createLegalDocument({ tx, audit: log.audit }, again));
    await expect(refused).rejects.toMatchObject({ messageKey: "legalDocuments.errors.duplicate", field: "symbol" });
    await expect(refused).rejects.toBeInstanceOf(UserFacingError);
    expect(await db().select().from(legalDocuments).where(eq(legalDocuments.symbol, "15/2013/TT-BTTTT"))).toHaveLength(1);
    expect(log.entries.map((e) => e.action)).toEqual(["legal_document.create"]);
  });

  it("edits with the version and refuses a symbol another entry has", async () => {
    const log = auditLog();
    const a = await db().transaction((tx) => createLegalDocument({ tx, audit: log.audit }, parse({ symbol: "05/TB-STTTT" }).data!));
    const b = await db().transaction((tx) => createLegalDocument({ tx, audit: log.audit }, parse({ symbol: "06/TB-STTTT" }).data!));
    const edit = (values: Record<string, string | number>) => updateLegalDocumentSchema.parse(values);
    const updated = await db().transaction((tx) => updateLegalDocument({ tx, audit: log.audit }, edit({ id: a.id, version: 1, symbol: "05/TB-STTTT", title: "Thông báo kết luận" })));
    expect(updated).toMatchObject({ version: 2, title: "Thông báo kết luận" });
    await expect(db().transaction((tx) => updateLegalDocument({ tx, audit: log.audit }, edit({ id: a.id, version: 1, symbol: "05/TB-STTTT" })))).rejects.toMatchObject({ messageKey: "errors.conflict" });
    await expect(db().transaction((tx) => updateLegalDocument({ tx, audit: log.audit }, edit({ id: b.id, version: 1, symbol: "05/tb-stttt" })))).rejects.toMatchObject({
      messageKey: "legalDocuments.errors.duplicate",
    });
    const [unchanged] = await db().select().from(legalDocuments).where(eq(legalDocuments.id, b.id));
    expect(unchanged.symbol).toBe("06/TB-STTTT");
  });
});
