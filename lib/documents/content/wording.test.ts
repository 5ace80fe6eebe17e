import { describe, expect, it } from "vitest";
import type { ReportTableRow } from "@/lib/indicators/report-table";
import { planCell, yearOnYearCell } from "./indicator-table";
import { comparisonPhrases, figureParagraphs } from "./news-figures";
import { bodyNameWithoutLocality, clockPhraseOf, documentShortDate, lowerFirst, parentBodyLine, placeOf, recipientsBlock, signatureOf, startPhrase } from "./wording";

/* The fixed wording of the documents, without a database. */

describe("document wording", () => {
  it("writes dates inside sentences with the decree's leading zeros", () => {
    expect(documentShortDate("2012-07-02")).toBe("02/7/2012");
    expect(documentShortDate("2013-02-05")).toBe("05/02/2013");
    expect(documentShortDate("2012-12-15")).toBe("15/12/2012");
    expect(startPhrase(new Date("2012-07-02T01:00:00Z"))).toBe("Vào hồi 08 giờ 00 phút, thứ Hai, ngày 02/7/2012");
    expect(startPhrase(new Date("2012-07-01T07:30:00Z"))).toBe("Vào hồi 14 giờ 30 phút, Chủ nhật, ngày 01/7/2012");
    expect(clockPhraseOf("8h05")).toBe("08 giờ 05 phút");
  });

  it("names the bodies as the header prints them and finds the place", () => {
    expect(parentBodyLine("Ủy ban nhân dân tỉnh Điện Biên")).toBe("UBND TỈNH ĐIỆN BIÊN");
    expect(bodyNameWithoutLocality("Sở Thông tin và Truyền thông tỉnh Điện Biên", "Ủy ban nhân dân tỉnh Điện Biên")).toBe("Sở Thông tin và Truyền thông");
    expect(bodyNameWithoutLocality("Sở Thông tin và Truyền thông tỉnh Lai Châu", "Ủy ban nhân dân tỉnh Điện Biên")).toBe("Sở Thông tin và Truyền thông tỉnh Lai Châu");
    expect(placeOf("Sở Thông tin và Truyền thông tỉnh Điện Biên", "Ủy ban nhân dân tỉnh Điện Biên")).toBe("Điện Biên");
    expect(placeOf("Sở Thông tin và Truyền thông", null)).toBe("");
    expect(lowerFirst("Hội nghị sơ kết")).toBe("hội nghị sơ kết");
    expect(lowerFirst("UBND tỉnh")).toBe("UBND tỉnh");
  });

  it("prints the signature block in capitals with the authority prefix", () => {
    expect(signatureOf({ signerName: "Lò Văn Thắng", signerTitle: "Giám đốc Sở" })).toEqual({ signerName: "Lò Văn Thắng", signerTitle: "GIÁM ĐỐC SỞ" });
    expect(signatureOf({ signerName: "Nguyễn Văn Hùng", signerTitle: "Phó Giám đốc", authorityPrefix: "KT.", authorityBody: "Giám đốc" })).toEqual({
      authorityPrefix: "KT.",
      authorityBody: "GIÁM ĐỐC",
      signerTitle: "PHÓ GIÁM ĐỐC",
      signerName: "Nguyễn Văn Hùng",
    });
  });

  it("lists each recipient once and ends with the archive line", () => {
    expect(recipientsBlock(["Báo Điện Biên Phủ", "báo điện biên phủ ", "", "Viettel Điện Biên"], "Lưu: VT, VP.")).toEqual(["Báo Điện Biên Phủ", "Viettel Điện Biên", "Lưu: VT, VP."]);
  });
});

const row = (values: Partial<ReportTableRow>): ReportTableRow => ({
  indicatorId: 1,
  code: "X",
  nameVi: "Thuê bao điện thoại",
  nameEn: null,
  unit: "thuê bao",
  kind: "stock",
  decimals: 0,
  parentId: null,
  depth: 0,
  value: "468112",
  status: "estimated",
  note: null,
  planTarget: null,
  percentOfPlan: null,
  reportedPlanPercent: null,
  planDisagrees: false,
  previousValue: null,
  yoy: null,
  reportedGrowthPercent: null,
  growthDisagrees: false,
  exceedsParent: false,
  ...values,
});

describe("comparisons in the documents", () => {
  it("keeps the reported comparison when there is no base, and shows both when they disagree", () => {
    expect(yearOnYearCell(row({ reportedGrowthPercent: "9" }))).toBe("tăng 9% (theo báo cáo)");
    expect(yearOnYearCell(row({ yoy: { ratio: "109.00", growth: "9.00" }, reportedGrowthPercent: "9" }))).toBe("bằng 109% cùng kỳ, tăng 9%");
    expect(yearOnYearCell(row({ yoy: { ratio: "103.00", growth: "3.00" }, reportedGrowthPercent: "9", growthDisagrees: true }))).toBe("bằng 103% cùng kỳ, tăng 3%; tăng 9% (theo báo cáo)");
    expect(planCell(row({}))).toBe("—");
    expect(comparisonPhrases(row({ yoy: { ratio: "103.00", growth: "3.00" }, reportedGrowthPercent: "9", growthDisagrees: true }), 2012)).toEqual([
      "tăng 3% so với cùng kỳ năm 2011 (theo báo cáo của đơn vị: tăng 9%)",
    ]);
  });

  it("writes the figures by sector with 'trong đó' rows, never inventing a comparison", () => {
    const rows = [
      row({ indicatorId: 1, nameVi: "Thời lượng phát thanh", unit: "giờ", value: "6612", reportedPlanPercent: "50" }),
      row({ indicatorId: 2, nameVi: "Thời lượng phát thanh địa phương", unit: "giờ", value: "821", parentId: 1, depth: 1 }),
      row({ indicatorId: 3, nameVi: "Tỷ lệ máy tính/cán bộ", unit: "%", value: "94", status: "official" }),
      row({ indicatorId: 4, nameVi: "Không có số", value: null }),
    ];
    const sectors = new Map<number, "broadcasting" | "it">([
      [1, "broadcasting"],
      [2, "broadcasting"],
      [3, "it"],
      [4, "it"],
    ]);
    expect(figureParagraphs(rows, (id) => sectors.get(id) ?? "it", 2012, "Theo báo cáo 6 tháng đầu năm 2012")).toEqual([
      "Theo báo cáo 6 tháng đầu năm 2012, về phát thanh, truyền hình: thời lượng phát thanh ước đạt 6.612 giờ, đạt 50% kế hoạch năm, trong đó thời lượng phát thanh địa phương là 821 giờ.",
      "Về ứng dụng công nghệ thông tin trong các cơ quan nhà nước: tỷ lệ máy tính/cán bộ đạt 94%.",
    ]);
  });
});
