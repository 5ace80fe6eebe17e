import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { documentDrafts } from "@/db/schema";
import type { DocumentBlock } from "@/lib/documents/spec";
import { ConflictError } from "@/lib/errors";
import { auditLog } from "@/lib/directives/test-helpers";
import { db } from "@/test/db";
import { createUser } from "@/test/factories";
import { saveMinutesDraft } from "./commands";
import { minutesDocument } from "./minutes";
import { ensureDocumentDraft } from "./drafts";
import { initialMinutesContent } from "./minutes-draft";
import { createSeedLikeConference, type SeedLike } from "./test-fixtures";
import { loadConferenceContext } from "./context";
import { listAgenda } from "@/lib/agenda/queries";

/* The minutes (Biên bản) from the secretary's draft, and saving that draft with its version check. */

const texts = (body: DocumentBlock[]) => body.flatMap((block) => (block.type === "paragraph" || block.type === "heading" ? [block.text] : []));

let seed: SeedLike;
beforeAll(async () => {
  seed = await createSeedLikeConference(db());
});

async function openDraft() {
  const context = await loadConferenceContext(db(), seed.conference.id);
  const agenda = await listAgenda(db(), seed.conference.id);
  return ensureDocumentDraft(db(), seed.conference.id, "minutes", () => initialMinutesContent(context!, agenda));
}

describe("minutes (Biên bản)", () => {
  it("before any edit: the scheduled times, participants by group with counts from check-in, the agenda and the directives numbered", async () => {
    const built = await minutesDocument(db(), seed.conference.id, { date: "2012-07-02" });
    const { spec } = built!;
    expect(spec).toMatchObject({ kind: "minutes", title: "BIÊN BẢN", typeCode: "BB", summary: seed.conference.title });
    const lines = texts(spec.body);
    expect(lines[0]).toBe(`Hôm nay, vào hồi 08 giờ 00 phút, thứ Hai, ngày 02/7/2012, tại Hội trường Sở Thông tin và Truyền thông, Sở Thông tin và Truyền thông tổ chức ${seed.conference.title}.`);
    expect(lines).toContain("Chủ trì: đồng chí Lò Văn Thắng, Giám đốc Sở.");
    expect(lines).toContain("Thư ký: đồng chí Trần Minh Đức, Chánh Văn phòng Sở.");
    expect(lines).toContain("Khách mời: đồng chí Giàng Thị Hoa, Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh.");
    expect(lines).toContain("Các cơ quan báo chí: có mặt 1/1 đơn vị được mời (Báo Điện Biên Phủ).");
    // The guest invited by name is not counted again under her agency's group.
    expect(lines.some((line) => line.startsWith("Các cơ quan cấp tỉnh"))).toBe(false);
    expect(lines).toContain("Các doanh nghiệp bưu chính, viễn thông: có mặt 1/2 đơn vị được mời (Viễn thông Điện Biên).");
    expect(lines).toContain("Phòng Văn hóa - Thông tin các huyện, thị xã, thành phố: có mặt 0/1 đơn vị được mời.");
    expect(lines).toContain("Đại biểu không có giấy mời: 1 người (Quàng Văn Sơn, Báo Điện Biên Phủ).");
    expect(lines).toContain("Tổng số: 5 cơ quan, đơn vị và khách mời được mời; 3 xác nhận tham dự; 4 đại biểu có mặt.");
    expect(lines).toContain("1. Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2012 (Sở Thông tin và Truyền thông tỉnh Điện Biên)");
    expect(lines).toContain("Đồng chí Giàng Thị Hoa, Phó Chủ tịch UBND tỉnh chỉ đạo:");
    const directiveList = spec.body.find((b) => b.type === "numbered");
    expect(directiveList).toMatchObject({ type: "numbered", start: 1 });
    expect(directiveList?.type === "numbered" && directiveList.items).toHaveLength(3);
    expect(lines.at(-1)).toBe("Biên bản kết thúc vào hồi 11 giờ 30 phút cùng ngày./.");
    expect(spec.recipients.at(-1)).toBe(`Lưu: VT, ${seed.agencies.office.code}.`);
    // THƯ KÝ beside CHỦ TỌA, as the Decree's form of the minutes.
    expect(spec.signature).toEqual({ signerTitle: "CHỦ TỌA", signerName: "Lò Văn Thắng" });
    expect(spec.secondSignature).toEqual({ signerTitle: "THƯ KÝ", signerName: "Trần Minh Đức" });
  });

  it("uses the saved draft, refuses a stale version and drops summaries of items not on the agenda", async () => {
    const draft = await openDraft();
    expect(draft.version).toBe(1);
    expect(draft.content).toMatchObject({ startTime: "08:00", endTime: "11:30", secretaryName: "Trần Minh Đức" });
    // Opening again does not make a second draft.
    expect((await openDraft()).version).toBe(1);

    const user = await createUser(db(), { role: "secretariat" });
    const log = auditLog();
    const [report, discussion] = seed.agenda;
    const content = {
      startTime: "08:10",
      endTime: "11:45",
      secretaryName: "Trần Minh Đức",
      otherRemarks: "Đại diện Viettel đề nghị hỗ trợ tuyên truyền về đăng ký thông tin thuê bao.",
      summaryByItem: { [String(report.id)]: "Đồng chí Phó Giám đốc trình bày báo cáo.\nCác chỉ tiêu cơ bản đạt kế hoạch.", [String(discussion.id)]: "Có 5 ý kiến phát biểu.", "999999": "Không thuộc hội nghị" },
    };
    const saved = await saveMinutesDraft({ tx: db(), actorId: user.id, audit: log.audit }, { conferenceId: seed.conference.id, version: 1, content });
    expect(saved.version).toBe(2);
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]).toMatchObject({ action: "document_draft.update", entityType: "document_draft", entityId: seed.conference.id, after: { kind: "minutes", version: 2 } });
    const [row] = await db().select().from(documentDrafts).where(and(eq(documentDrafts.conferenceId, seed.conference.id), eq(documentDrafts.kind, "minutes")));
    expect(row.version).toBe(2);
    expect(Object.keys((row.content as { summaryByItem: Record<string, string> }).summaryByItem)).not.toContain("999999");

    await expect(saveMinutesDraft({ tx: db(), actorId: user.id, audit: log.audit }, { conferenceId: seed.conference.id, version: 1, content: { ...content, startTime: "09:00" } })).rejects.toBeInstanceOf(ConflictError);
    expect(log.entries).toHaveLength(1);

    const lines = texts((await minutesDocument(db(), seed.conference.id, { date: "2012-07-02" }))!.spec.body);
    expect(lines[0]).toContain("vào hồi 08 giờ 10 phút");
    const reportAt = lines.indexOf("1. Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2012 (Sở Thông tin và Truyền thông tỉnh Điện Biên)");
    expect(lines.slice(reportAt + 1, reportAt + 3)).toEqual(["Đồng chí Phó Giám đốc trình bày báo cáo.", "Các chỉ tiêu cơ bản đạt kế hoạch."]);
    expect(lines).toContain("IV. Ý KIẾN KHÁC");
    expect(lines).toContain(content.otherRemarks);
    expect(lines.at(-1)).toBe("Biên bản kết thúc vào hồi 11 giờ 45 phút cùng ngày./.");
  });
});
