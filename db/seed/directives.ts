import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agendaItems, conferences, directiveApprovals, directiveLegalDocuments, directives, type directiveSectors, legalDocuments, people, users } from "@/db/schema";
import { parseDocumentSymbol } from "@/lib/legal-documents/symbol";
import { SEED_CONFERENCE_START, SEED_CONFERENCE_TITLE } from "./conferences";

/*
 * The directives of the 02/07/2012 mid-year review, as the article reports them, issued by
 * the Vice Chairwoman Giàng Thị Hoa and approved by the department's leader (account
 * "lanhdao"). Idempotent: each directive is found by its number in the conference, the
 * circular by its symbol; nothing is overwritten. Tasks are seeded by the tasks feature.
 */

const CIRCULAR = {
  symbol: "04/2012/TT-BTTTT",
  issuingBody: "Bộ Thông tin và Truyền thông",
  issuedOn: "2012-04-13",
  title: "Quy định về quản lý thuê bao di động trả trước",
};

export const SEED_DIRECTIVES: { number: number; sector: (typeof directiveSectors)[number]; text: string; cites?: string }[] = [
  { number: 1, sector: "press", text: "Tăng cường quản lý nhà nước về báo chí" },
  { number: 2, sector: "postal_telecom", text: "Tăng cường quản lý lĩnh vực bưu chính, viễn thông và công nghệ thông tin" },
  {
    number: 3,
    sector: "postal_telecom",
    text: "Quản lý thuê bao di động trả trước; tổ chức tập huấn, hướng dẫn Thông tư số 04/2012/TT-BTTTT ngày 13/4/2012 của Bộ Thông tin và Truyền thông",
    cites: CIRCULAR.symbol,
  },
];

/** Other documents of the sector in force in 2012, so the register the directive form offers is a real one. */
const REGISTER: (typeof CIRCULAR)[] = [
  CIRCULAR,
  {
    symbol: "25/2011/NĐ-CP",
    issuingBody: "Chính phủ",
    issuedOn: "2011-04-06",
    title: "Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Viễn thông",
  },
  {
    symbol: "02/2011/NĐ-CP",
    issuingBody: "Chính phủ",
    issuedOn: "2011-01-06",
    title: "Quy định về xử phạt vi phạm hành chính trong hoạt động báo chí, xuất bản",
  },
  {
    symbol: "43/2011/NĐ-CP",
    issuingBody: "Chính phủ",
    issuedOn: "2011-06-13",
    title: "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước",
  },
  {
    symbol: "1605/QĐ-TTg",
    issuingBody: "Thủ tướng Chính phủ",
    issuedOn: "2010-08-27",
    title: "Phê duyệt Chương trình quốc gia về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước giai đoạn 2011 - 2015",
  },
];

async function seedLegalDocument(tx: Db, document: typeof CIRCULAR): Promise<{ id: number; created: boolean }> {
  const parsed = parseDocumentSymbol(document.symbol);
  if (!parsed.ok) throw new Error(`seed symbol ${document.symbol} does not parse`);
  const { number, year, typeCode, issuer, normalized } = parsed.value;
  const [existing] = await tx.select({ id: legalDocuments.id }).from(legalDocuments).where(eq(legalDocuments.symbol, normalized)).limit(1);
  if (existing) return { id: existing.id, created: false };
  const [row] = await tx
    .insert(legalDocuments)
    .values({ symbol: normalized, number, year, typeCode, issuer, issuingBody: document.issuingBody, issuedOn: document.issuedOn, title: document.title })
    .returning({ id: legalDocuments.id });
  return { id: row.id, created: true };
}

/** Returns how many rows it created (directives, register documents, the approval). */
export async function seedDirectives(tx: Db, idByCode: Map<string, number>): Promise<number> {
  const [conference] = await tx
    .select({ id: conferences.id })
    .from(conferences)
    .where(and(eq(conferences.title, SEED_CONFERENCE_TITLE), eq(conferences.startsAt, SEED_CONFERENCE_START)))
    .limit(1);
  const province = idByCode.get("UBND");
  if (!conference || province === undefined) return 0;
  const [hoa] = await tx.select().from(people).where(and(eq(people.fullName, "Giàng Thị Hoa"), eq(people.agencyId, province))).limit(1);
  if (!hoa) return 0;
  const [leader] = await tx.select({ id: users.id }).from(users).where(eq(users.username, "lanhdao")).limit(1);
  const [speech] = await tx
    .select({ id: agendaItems.id })
    .from(agendaItems)
    .where(and(eq(agendaItems.conferenceId, conference.id), eq(agendaItems.kind, "directing_speech")))
    .limit(1);

  let created = 0;
  const documentIds = new Map<string, number>();
  for (const document of REGISTER) {
    const row = await seedLegalDocument(tx, document);
    if (row.created) created++;
    documentIds.set(document.symbol, row.id);
  }
  for (const item of SEED_DIRECTIVES) {
    const [existing] = await tx
      .select({ id: directives.id })
      .from(directives)
      .where(and(eq(directives.conferenceId, conference.id), eq(directives.number, item.number)))
      .limit(1);
    let id = existing?.id;
    if (id === undefined) {
      const [row] = await tx
        .insert(directives)
        .values({
          conferenceId: conference.id,
          number: item.number,
          agendaItemId: speech?.id ?? null,
          issuedByPersonId: hoa.id,
          // The article's wording of her title that day.
          issuerName: "Giàng Thị Hoa",
          issuerTitle: "Phó Chủ tịch UBND tỉnh",
          text: item.text,
          sector: item.sector,
          createdById: leader?.id ?? null,
          createdAt: SEED_CONFERENCE_START,
          updatedAt: SEED_CONFERENCE_START,
        })
        .returning({ id: directives.id });
      id = row.id;
      created++;
      const cited = item.cites ? documentIds.get(item.cites) : undefined;
      if (cited !== undefined) await tx.insert(directiveLegalDocuments).values({ directiveId: id, legalDocumentId: cited }).onConflictDoNothing();
    }
  }
  if (leader) {
    const inserted = await tx
      .insert(directiveApprovals)
      .values({ conferenceId: conference.id, approvedById: leader.id, approvedAt: new Date("2012-07-02T09:00:00Z") })
      .onConflictDoNothing()
      .returning({ id: directiveApprovals.conferenceId });
    created += inserted.length;
  }
  return created;
}
