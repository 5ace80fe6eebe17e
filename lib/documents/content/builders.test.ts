import { describe, expect, it } from "vitest";
import type { DocumentBlock } from "@/lib/documents/spec";
import { db } from "@/test/db";
import { conclusionNoticeDocument } from "./conclusion-notice";
import { invitationDocument } from "./invitation";
import { createSeedLikeConference } from "./test-fixtures";

/* The invitation and the conclusion notice on a conference shaped like the seed's. */

const texts = (body: DocumentBlock[]) => body.flatMap((block) => (block.type === "paragraph" || block.type === "heading" ? [block.text] : []));
const tables = (body: DocumentBlock[]) => body.filter((block): block is Extract<DocumentBlock, { type: "table" }> => block.type === "table");
const numbered = (body: DocumentBlock[]) => body.filter((block): block is Extract<DocumentBlock, { type: "numbered" }> => block.type === "numbered");

describe("invitation (Giấy mời)", () => {
  it("invites everyone in one letter with time, place, chair, agenda and the secretary to contact", async () => {
    const seed = await createSeedLikeConference(db());
    const built = await invitationDocument(db(), seed.conference.id, { date: "2012-06-22" });
    expect(built).not.toBeNull();
    const { spec } = built!;
    expect(spec).toMatchObject({
      kind: "invitation",
      title: "GIẤY MỜI",
      typeCode: "GM",
      number: null,
      parentBody: "UBND TỈNH ĐIỆN BIÊN",
      issuingBody: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
      issuerSymbol: seed.agencies.host.code,
      place: "Điện Biên",
      date: "2012-06-22",
      signature: { signerName: "Lò Văn Thắng", signerTitle: "GIÁM ĐỐC SỞ" },
    });
    const lines = texts(spec.body);
    expect(lines[0]).toBe("Trân trọng kính mời:");
    expect(lines).toContain("- Đồng chí Giàng Thị Hoa, Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh;");
    expect(lines).toContain("- Lãnh đạo Báo Điện Biên Phủ;");
    expect(lines).toContain("Thời gian: Vào hồi 08 giờ 00 phút, thứ Hai, ngày 02/7/2012.");
    expect(lines).toContain("Địa điểm: Hội trường Sở Thông tin và Truyền thông.");
    expect(lines).toContain("Chủ trì: đồng chí Lò Văn Thắng, Giám đốc Sở.");
    expect(lines.some((line) => line.includes("trước 17 giờ 00 phút, thứ Sáu, ngày 29/6/2012"))).toBe(true);
    expect(lines.some((line) => line.startsWith("Mọi chi tiết xin liên hệ: đồng chí Trần Minh Đức, Chánh Văn phòng Sở (điện thoại: 0215 3825 001"))).toBe(true);
    expect(numbered(spec.body)[0].items).toHaveLength(4);
    // Every invitee once, then the archive line.
    expect(spec.recipients).toEqual([
      "Đồng chí Giàng Thị Hoa, Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh",
      "Báo Điện Biên Phủ",
      // Vietnamese order: "Viettel" before "Viễn" (e before ễ).
      "Viettel Điện Biên",
      "Viễn thông Điện Biên",
      "Phòng Văn hóa và Thông tin huyện Tuần Giáo",
      `Lưu: VT, ${seed.agencies.office.code}.`,
    ]);
    expect(new Set(built!.recipientAgencyIds)).toEqual(
      new Set([seed.agencies.ubnd.id, seed.agencies.press.id, seed.agencies.vnpt.id, seed.agencies.viettel.id, seed.agencies.district.id]),
    );
    expect(built!.issuingAgencyId).toBe(seed.agencies.host.id);
  });

  it("writes one letter for one invitee, and nothing for an invitation of another conference", async () => {
    const seed = await createSeedLikeConference(db());
    const built = await invitationDocument(db(), seed.conference.id, { date: "2012-06-22", invitationId: seed.invitations.hoa.id });
    expect(texts(built!.spec.body)[0]).toBe("Trân trọng kính mời: Đồng chí Giàng Thị Hoa, Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh");
    expect(built!.spec.recipients).toEqual(["Đồng chí Giàng Thị Hoa, Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh", `Lưu: VT, ${seed.agencies.office.code}.`]);
    expect(built!.registerTitle).toContain("(Đồng chí Giàng Thị Hoa");
    const other = await createSeedLikeConference(db());
    expect(await invitationDocument(db(), seed.conference.id, { date: "2012-06-22", invitationId: other.invitations.press.id })).toBeNull();
    expect(await invitationDocument(db(), 999_999, { date: "2012-06-22" })).toBeNull();
  });
});

describe("conclusion notice (Thông báo kết luận)", () => {
  it("evaluates with the indicator table, numbers the directives 1..n and lists the tasks with 'Thường xuyên' for no deadline", async () => {
    const seed = await createSeedLikeConference(db());
    const built = await conclusionNoticeDocument(db(), seed.conference.id, { date: "2012-07-05" });
    const { spec } = built!;
    expect(spec.title).toBe("THÔNG BÁO");
    expect(spec.typeCode).toBe("TB");
    expect(spec.summary).toBe(`Kết luận của đồng chí Lò Văn Thắng, Giám đốc Sở tại ${seed.conference.title}`);
    const headings = spec.body.filter((b) => b.type === "heading").map((b) => (b.type === "heading" ? b.text : ""));
    expect(headings).toEqual(["I. ĐÁNH GIÁ KẾT QUẢ", "II. Ý KIẾN CHỈ ĐẠO", "III. PHÂN CÔNG THỰC HIỆN"]);

    const [indicatorTable, taskTable] = tables(spec.body);
    expect(indicatorTable.header).toEqual(["STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "So với cùng kỳ", "So với kế hoạch năm"]);
    expect(indicatorTable.rows).toContainEqual(["2", "Doanh thu dịch vụ viễn thông", "tỷ đồng", "89,16", "—", "—"]);
    expect(indicatorTable.rows).toContainEqual(["3", "Thuê bao điện thoại", "thuê bao", "468.112", "tăng 9% (theo báo cáo)", "—"]);
    expect(indicatorTable.rows).toContainEqual(["4", "Thời lượng thu, phát sóng phát thanh của Đài tỉnh", "giờ", "6.612", "—", "đạt 50% kế hoạch năm (theo báo cáo)"]);
    expect(indicatorTable.rows).toContainEqual(["4.1", "Trong đó: Thời lượng phát thanh địa phương", "giờ", "821", "—", "—"]);
    expect(indicatorTable.rows[0]).toEqual(["1", "Doanh thu dịch vụ bưu chính", "tỷ đồng", "13,6", "—", "—"]);

    const [directiveList] = numbered(spec.body);
    expect(directiveList.start ?? 1).toBe(1);
    expect(directiveList.items).toEqual([
      "Tăng cường quản lý nhà nước về báo chí.",
      "Tăng cường quản lý lĩnh vực bưu chính, viễn thông và công nghệ thông tin.",
      "Quản lý thuê bao di động trả trước; tổ chức tập huấn, hướng dẫn Thông tư số 04/2012/TT-BTTTT ngày 13/4/2012 của Bộ Thông tin và Truyền thông.",
    ]);

    expect(taskTable.header).toEqual(["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]);
    expect(taskTable.rows).toEqual([
      ["1", "Kiểm tra hoạt động xuất bản bản tin trên địa bàn tỉnh", "Phòng Bưu chính, Viễn thông", "Báo Điện Biên Phủ; Phòng Văn hóa và Thông tin huyện Tuần Giáo", "30/9/2012"],
      ["2", "Theo dõi chất lượng dịch vụ viễn thông", "Viễn thông Điện Biên", "Viettel Điện Biên", "Thường xuyên"],
      ["3", "Rà soát trang thông tin điện tử của các cơ quan báo chí", "Báo Điện Biên Phủ", "", "01/10/2012"],
      ["4", "Tập huấn Thông tư 04/2012/TT-BTTTT cho các đại lý", "Phòng Bưu chính, Viễn thông", "", "31/8/2012"],
      ["5", "Chuẩn hóa thông tin thuê bao di động trả trước", "Viettel Điện Biên", "", "31/12/2012"],
    ]);
  });

  it("sends it to the invitees and the units with tasks, each once, ending with the archive line", async () => {
    const seed = await createSeedLikeConference(db());
    const built = await conclusionNoticeDocument(db(), seed.conference.id, { date: "2012-07-05" });
    const { recipients } = built!.spec;
    expect(recipients).toEqual([
      "Đồng chí Giàng Thị Hoa, Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh",
      "Báo Điện Biên Phủ",
      // Vietnamese order: "Viettel" before "Viễn" (e before ễ).
      "Viettel Điện Biên",
      "Viễn thông Điện Biên",
      "Phòng Văn hóa và Thông tin huyện Tuần Giáo",
      "Phòng Bưu chính, Viễn thông",
      `Lưu: VT, ${seed.agencies.office.code}.`,
    ]);
    expect(recipients.at(-1)).toMatch(/^Lưu: VT/);
    const ids = built!.recipientAgencyIds;
    expect(ids).toHaveLength(new Set(ids).size);
    expect(new Set(ids)).toEqual(new Set([seed.agencies.ubnd.id, seed.agencies.press.id, seed.agencies.vnpt.id, seed.agencies.viettel.id, seed.agencies.district.id, seed.agencies.postal.id]));
  });
});
