import { beforeAll, describe, expect, it } from "vitest";
import { writeAudit } from "@/lib/audit";
import type { DocumentBlock } from "@/lib/documents/spec";
import { db } from "@/test/db";
import { createUser } from "@/test/factories";
import { issueConferenceDocument } from "./commands";
import { followUpReportDocument } from "./follow-up-report";
import { newsDraft, newsToHtml, newsToPlainText } from "./news";
import { createFollowingConference, createSeedLikeConference, type SeedLike } from "./test-fixtures";

/* The follow-up report (Báo cáo kết quả thực hiện kết luận) and the news draft on the seed-like conference. */

const texts = (body: DocumentBlock[]) => body.flatMap((block) => (block.type === "paragraph" || block.type === "heading" ? [block.text] : []));
const tables = (body: DocumentBlock[]) => body.filter((block): block is Extract<DocumentBlock, { type: "table" }> => block.type === "table");

let seed: SeedLike;
let next: Awaited<ReturnType<typeof createFollowingConference>>;
beforeAll(async () => {
  seed = await createSeedLikeConference(db());
  next = await createFollowingConference(db(), seed);
});

describe("follow-up report (Báo cáo kết quả thực hiện kết luận)", () => {
  it("reports on the previous conference's directives with each task's status words and evidence, and the counts with the on-time rate", async () => {
    const built = await followUpReportDocument(db(), next.id, { date: "2012-10-15", today: "2012-10-15", subject: "previous" });
    const { spec } = built!;
    expect(spec).toMatchObject({ kind: "follow_up_report", title: "BÁO CÁO", typeCode: "BC", summary: `Kết quả thực hiện kết luận tại ${seed.conference.title}` });
    const lines = texts(spec.body);
    expect(lines[0]).toBe(`Thực hiện kết luận tại ${seed.conference.title} ngày 02/7/2012, Sở Thông tin và Truyền thông báo cáo kết quả thực hiện như sau:`);
    expect(lines).toContain(
      "Tính đến ngày 15/10/2012, tổng số 5 nhiệm vụ thuộc 3 ý kiến chỉ đạo, trong đó: Đã hoàn thành đúng hạn: 1; Đã hoàn thành quá hạn: 1; Chưa hoàn thành, trong hạn: 1; Chưa hoàn thành, quá hạn: 1; Thường xuyên: 1; tỷ lệ hoàn thành đúng hạn 50% (trên số nhiệm vụ đã hoàn thành).",
    );
    expect(lines).toContain("1. Tăng cường quản lý nhà nước về báo chí.");
    const rows = tables(spec.body).flatMap((table) => table.rows);
    const byTitle = new Map(rows.map((row) => [row[1], row]));
    expect(byTitle.get("Kiểm tra hoạt động xuất bản bản tin trên địa bàn tỉnh")).toEqual([
      "1.1",
      "Kiểm tra hoạt động xuất bản bản tin trên địa bàn tỉnh",
      "Phòng Bưu chính, Viễn thông",
      "30/9/2012",
      "Đã hoàn thành đúng hạn",
      "Đã kiểm tra 20/20 đơn vị, có báo cáo kết quả. Văn bản: số 45/KH-STTTT ngày 20/7/2012; số 112/BC-STTTT ngày 24/9/2012.",
    ]);
    expect(byTitle.get("Theo dõi chất lượng dịch vụ viễn thông")?.slice(3, 5)).toEqual(["Thường xuyên", "Thường xuyên"]);
    expect(byTitle.get("Rà soát trang thông tin điện tử của các cơ quan báo chí")?.[4]).toBe("Chưa hoàn thành, quá hạn");
    expect(byTitle.get("Tập huấn Thông tư 04/2012/TT-BTTTT cho các đại lý")?.[4]).toBe("Đã hoàn thành quá hạn");
    expect(byTitle.get("Chuẩn hóa thông tin thuê bao di động trả trước")?.slice(4)).toEqual(["Chưa hoàn thành, trong hạn", "Đã chuẩn hóa 70% thuê bao (đạt 70%)."]);
    expect(spec.recipients).toEqual([
      "Phòng Bưu chính, Viễn thông",
      "Báo Điện Biên Phủ",
      "Phòng Văn hóa và Thông tin huyện Tuần Giáo",
      "Viễn thông Điện Biên",
      "Viettel Điện Biên",
      `Lưu: VT, ${seed.agencies.office.code}.`,
    ]);
  });

  it("takes statuses on the report's date (never a day to come) and cites the conclusion notice once issued", async () => {
    const early = await followUpReportDocument(db(), next.id, { date: "2012-09-01", today: "2012-10-15", subject: "previous" });
    const rows = tables(early!.spec.body).flatMap((table) => table.rows);
    // On 01/09/2012 the task due 01/10/2012 was still within its deadline.
    expect(rows.find((row) => row[1] === "Rà soát trang thông tin điện tử của các cơ quan báo chí")?.[4]).toBe("Chưa hoàn thành, trong hạn");

    const user = await createUser(db(), { role: "secretariat" });
    const issued = await issueConferenceDocument(
      { tx: db(), actorId: user.id, audit: (entry) => writeAudit(db(), { ...entry, actorId: user.id }), today: "2012-07-05" },
      { conferenceId: seed.conference.id, kind: "conclusion_notice", date: "2012-07-05", signerName: "Lò Văn Thắng", signerTitle: "Giám đốc Sở" },
    );
    expect(issued.symbol).toBe(`01/TB-${seed.agencies.host.code}`);
    const cited = await followUpReportDocument(db(), next.id, { date: "2012-10-15", today: "2012-10-15", subject: "previous" });
    expect(texts(cited!.spec.body)[0]).toBe(
      `Thực hiện Thông báo số 01/TB-${seed.agencies.host.code} ngày 05/7/2012 kết luận tại ${seed.conference.title} (ngày 02/7/2012), Sở Thông tin và Truyền thông báo cáo kết quả thực hiện như sau:`,
    );
  });

  it("reports on the conference itself when asked, and is not available for a 'previous' conference that does not exist", async () => {
    expect(await followUpReportDocument(db(), seed.conference.id, { date: "2012-10-15", today: "2012-10-15", subject: "previous" })).toBeNull();
    const own = await followUpReportDocument(db(), seed.conference.id, { date: "2012-10-15", today: "2012-10-15", subject: "self" });
    expect(own!.spec.summary).toBe(`Kết quả thực hiện kết luận tại ${seed.conference.title}`);
    expect(tables(own!.spec.body).flatMap((table) => table.rows)).toHaveLength(5);
  });
});

describe("news draft (bản tin)", () => {
  it("writes the seed article's style: date and who attended, the guest who directed, the figures in prose, the directions and the author", async () => {
    const draft = (await newsDraft(db(), seed.conference.id))!;
    expect(draft.title).toBe("Sở TT&TT Điện Biên tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2012");
    expect(draft.paragraphs[0]).toBe(
      `Sáng ngày 02/7/2012, Sở Thông tin và Truyền thông tổ chức ${seed.conference.title}. Đồng chí Lò Văn Thắng, Giám đốc Sở chủ trì Hội nghị. Lãnh đạo các cơ quan báo chí; các doanh nghiệp bưu chính, viễn thông trên địa bàn tỉnh về dự.`,
    );
    expect(draft.paragraphs).toContain("Đồng chí Giàng Thị Hoa, Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh đến dự và phát biểu chỉ đạo Hội nghị.");
    const text = draft.paragraphs.join("\n");
    expect(text).toContain("doanh thu dịch vụ viễn thông ước đạt 89,16 tỷ đồng");
    expect(text).toContain("doanh thu dịch vụ bưu chính ước đạt 13,6 tỷ đồng");
    expect(text).toContain("thuê bao điện thoại ước đạt 468.112 thuê bao, tăng 9% so với cùng kỳ năm 2011");
    expect(text).toContain("ước đạt 6.612 giờ, đạt 50% kế hoạch năm, trong đó thời lượng phát thanh địa phương là 821 giờ");
    expect(text).toContain("tỷ lệ máy tính/cán bộ, công chức ước đạt 94%");
    expect(draft.paragraphs.find((p) => p.startsWith("Theo báo cáo 6 tháng đầu năm 2012, trong lĩnh vực bưu chính, viễn thông:"))).toBeDefined();
    expect(text).toContain("Phát biểu chỉ đạo tại Hội nghị, đồng chí Giàng Thị Hoa, Phó Chủ tịch UBND tỉnh đề nghị các cơ quan, đơn vị tập trung thực hiện tốt các nhiệm vụ: tăng cường quản lý nhà nước về báo chí;");
    expect(draft.paragraphs.at(-1)).toContain("6 tháng cuối năm 2012");
    expect(draft.author).toBe("Văn phòng Sở");

    const html = newsToHtml(draft);
    expect(html).toContain("<h1>Sở TT&amp;TT Điện Biên tổ chức hội nghị sơ kết");
    expect(html).toContain("89,16 tỷ đồng");
    expect(html).not.toContain("<script");
    const plain = newsToPlainText(draft);
    expect(plain.startsWith(draft.title)).toBe(true);
    expect(plain).toContain("468.112 thuê bao");
    expect(plain.endsWith("Văn phòng Sở")).toBe(true);
  });
});
