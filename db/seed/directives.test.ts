import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { conferences, directiveApprovals, directiveLegalDocuments, directives, legalDocuments, users } from "@/db/schema";
import { db } from "@/test/db";
import { SEED_CONFERENCE_TITLE } from "./conferences";
import { seedDemo } from "./index";

describe("demo directives", () => {
  it("seeds the article's three directives, the circular and the leader's approval once", async () => {
    await seedDemo(db());
    await seedDemo(db());
    const [review] = await db().select().from(conferences).where(eq(conferences.title, SEED_CONFERENCE_TITLE));
    const rows = await db().select().from(directives).where(eq(directives.conferenceId, review.id)).orderBy(asc(directives.number));
    expect(rows.map((r) => [r.number, r.sector, r.issuerName, r.issuerTitle])).toEqual([
      [1, "press", "Giàng Thị Hoa", "Phó Chủ tịch UBND tỉnh"],
      [2, "postal_telecom", "Giàng Thị Hoa", "Phó Chủ tịch UBND tỉnh"],
      [3, "postal_telecom", "Giàng Thị Hoa", "Phó Chủ tịch UBND tỉnh"],
    ]);
    expect(rows[0].text).toBe("Tăng cường quản lý nhà nước về báo chí");
    const circulars = await db().select().from(legalDocuments).where(eq(legalDocuments.symbol, "04/2012/TT-BTTTT"));
    expect(circulars).toMatchObject([{ issuedOn: "2012-04-13", issuingBody: "Bộ Thông tin và Truyền thông", typeCode: "TT", year: 2012, number: 4 }]);
    expect(await db().select().from(directiveLegalDocuments).where(eq(directiveLegalDocuments.legalDocumentId, circulars[0].id))).toEqual([{ directiveId: rows[2].id, legalDocumentId: circulars[0].id }]);
    const [leader] = await db().select().from(users).where(eq(users.username, "lanhdao"));
    expect(await db().select().from(directiveApprovals).where(eq(directiveApprovals.conferenceId, review.id))).toMatchObject([{ approvedById: leader.id }]);
  });
});
