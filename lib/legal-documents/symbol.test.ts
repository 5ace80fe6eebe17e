import { describe, expect, it } from "vitest";
import { DOCUMENT_TYPES, NORMATIVE_TYPE_CODES, documentTitle, parseDocumentSymbol, type DocumentSymbol } from "./symbol";

function parsed(text: string): DocumentSymbol {
  const result = parseDocumentSymbol(text);
  if (!result.ok) throw new Error(`"${text}" was refused: ${result.error}`);
  return result.value;
}

function errorOf(text: string): string | undefined {
  const result = parseDocumentSymbol(text);
  return result.ok ? undefined : result.error;
}

describe("parseDocumentSymbol: legal normative documents (number/year/TYPE-ISSUER)", () => {
  it("reads the circular of the seed article", () => {
    expect(parsed("04/2012/TT-BTTTT")).toEqual({ number: 4, year: 2012, typeCode: "TT", issuer: "BTTTT", normalized: "04/2012/TT-BTTTT" });
  });

  it("reads a decree with its Đ", () => {
    expect(parsed("30/2020/NĐ-CP")).toEqual({ number: 30, year: 2020, typeCode: "NĐ", issuer: "CP", normalized: "30/2020/NĐ-CP" });
  });

  it("keeps the lower-case g of TTg (Thủ tướng Chính phủ)", () => {
    expect(parsed("42/2014/QĐ-TTg")).toEqual({ number: 42, year: 2014, typeCode: "QĐ", issuer: "TTg", normalized: "42/2014/QĐ-TTg" });
    expect(parsed("23/2018/QĐ-TTg").normalized).toBe("23/2018/QĐ-TTg");
  });

  it("reads joint circulars with several issuers", () => {
    expect(parsed("01/2015/TTLT-BTC-BNV")).toMatchObject({ typeCode: "TTLT", issuer: "BTC-BNV", normalized: "01/2015/TTLT-BTC-BNV" });
  });

  it("accepts every normative type code with a year", () => {
    for (const code of NORMATIVE_TYPE_CODES) {
      expect(parsed(`12/2020/${code}-CP`).typeCode).toBe(code);
    }
  });
});

describe("parseDocumentSymbol: administrative documents (number/TYPE-ISSUER)", () => {
  it("reads a notice of the department", () => {
    expect(parsed("05/TB-STTTT")).toEqual({ number: 5, year: null, typeCode: "TB", issuer: "STTTT", normalized: "05/TB-STTTT" });
  });

  it("reads an official letter, which has no type code: the whole remainder is the issuer", () => {
    expect(parsed("125/UBND-KGVX")).toEqual({ number: 125, year: null, typeCode: "CV", issuer: "UBND-KGVX", normalized: "125/UBND-KGVX" });
    expect(parsed("17/BTTTT-CNTT")).toMatchObject({ typeCode: "CV", issuer: "BTTTT-CNTT" });
    expect(parsed("98/STTTT")).toMatchObject({ typeCode: "CV", issuer: "STTTT", normalized: "98/STTTT" });
  });

  it("reads a plan with a four-digit number", () => {
    expect(parsed("1234/KH-UBND")).toEqual({ number: 1234, year: null, typeCode: "KH", issuer: "UBND", normalized: "1234/KH-UBND" });
  });

  it("reads the other administrative codes, telling CT (Chỉ thị) from CTr (Chương trình)", () => {
    expect(parsed("03/GM-STTTT").typeCode).toBe("GM");
    expect(parsed("03/BB-STTTT").typeCode).toBe("BB");
    expect(parsed("03/BC-STTTT").typeCode).toBe("BC");
    expect(parsed("03/HD-STTTT").typeCode).toBe("HD");
    expect(parsed("03/QC-STTTT").typeCode).toBe("QC");
    expect(parsed("03/CT-UBND").typeCode).toBe("CT");
    expect(parsed("03/CTr-STTTT")).toMatchObject({ typeCode: "CTr", normalized: "03/CTr-STTTT" });
    expect(parsed("03/ctr-sttttt").normalized).toBe("03/CTr-STTTTT");
  });

  it("reads an individual decision, which carries no year", () => {
    expect(parsed("215/QĐ-UBND")).toMatchObject({ year: null, typeCode: "QĐ", normalized: "215/QĐ-UBND" });
  });
});

describe("parseDocumentSymbol: normalization", () => {
  it("upper-cases, keeping Đ", () => {
    expect(parsed("30/2020/nđ-cp").normalized).toBe("30/2020/NĐ-CP");
    expect(parsed("42/2014/qđ-ttg").normalized).toBe("42/2014/QĐ-TTg");
    expect(parsed("42/2014/QĐ-TTG").issuer).toBe("TTg");
  });

  it("zero-pads numbers below 10 and drops extra padding", () => {
    expect(parsed("4/2012/tt-btttt").normalized).toBe("04/2012/TT-BTTTT");
    expect(parsed("5/TB-STTTT").normalized).toBe("05/TB-STTTT");
    expect(parsed("0012/TB-STTTT")).toMatchObject({ number: 12, normalized: "12/TB-STTTT" });
    expect(parsed("10/TB-STTTT").normalized).toBe("10/TB-STTTT");
  });

  it("ignores surrounding spaces and spaces around / and -", () => {
    expect(parsed("  04 / 2012 / TT - BTTTT  ").normalized).toBe("04/2012/TT-BTTTT");
    expect(parsed("\u00a0125/ UBND -KGVX\t").normalized).toBe("125/UBND-KGVX");
  });

  it("strips the printed prefix Số / số:", () => {
    expect(parsed("Số: 05/TB-STTTT").normalized).toBe("05/TB-STTTT");
    expect(parsed("số 04/2012/TT-BTTTT").normalized).toBe("04/2012/TT-BTTTT");
    expect(parsed("SỐ:05/TB-STTTT").normalized).toBe("05/TB-STTTT");
    expect(parsed("So: 05/TB-STTTT").normalized).toBe("05/TB-STTTT");
  });

  it("repairs what pasting from Word or old fonts does: dashes, decomposed accents, the Icelandic Ð", () => {
    expect(parsed("30/2020/NĐ–CP").normalized).toBe("30/2020/NĐ-CP");
    expect(parsed("Số: 30/2020/NĐ-CP".normalize("NFD")).normalized).toBe("30/2020/NĐ-CP");
    expect(parsed("30/2020/N\u00D0-CP")).toMatchObject({ typeCode: "NĐ", normalized: "30/2020/NĐ-CP" });
  });

  it("gives one spelling for every way of typing the same symbol", () => {
    const spellings = ["04/2012/TT-BTTTT", "4/2012/tt-btttt", "Số: 04 / 2012 / TT - BTTTT", " số 004/2012/Tt-Btttt "];
    expect(new Set(spellings.map((text) => parsed(text).normalized))).toEqual(new Set(["04/2012/TT-BTTTT"]));
  });
});

describe("parseDocumentSymbol: errors", () => {
  it("empty: nothing, blanks, or only the prefix", () => {
    expect(errorOf("")).toBe("empty");
    expect(errorOf("   ")).toBe("empty");
    expect(errorOf("Số:")).toBe("empty");
  });

  it("format: wrong number of parts, spaces inside, missing or bad issuer", () => {
    expect(errorOf("04")).toBe("format");
    expect(errorOf("04/2012/TT-BTTTT/1")).toBe("format");
    expect(errorOf("04/2012/TT BTTTT")).toBe("format");
    expect(errorOf("05/")).toBe("format");
    expect(errorOf("05/TB")).toBe("format");
    expect(errorOf("05/TB-")).toBe("format");
    expect(errorOf("05/TB--STTTT")).toBe("format");
    expect(errorOf("05/TB-STTTT!")).toBe("format");
    expect(errorOf("05/TB-2020")).toBe("format");
  });

  it("number: not digits, zero, or above 9999", () => {
    expect(errorOf("ab/TB-STTTT")).toBe("number");
    expect(errorOf("/2012/TT-BTTTT")).toBe("number");
    expect(errorOf("0/TB-STTTT")).toBe("number");
    expect(errorOf("10000/TB-STTTT")).toBe("number");
    expect(errorOf("-5/TB-STTTT")).toBe("number");
    expect(parsed("9999/TB-STTTT").number).toBe(9999);
    expect(parsed("1/TB-STTTT").number).toBe(1);
  });

  it("year: not four digits, or outside 1945–2100", () => {
    expect(errorOf("04/12/TT-BTTTT")).toBe("year");
    expect(errorOf("04/1944/TT-BTTTT")).toBe("year");
    expect(errorOf("04/2101/TT-BTTTT")).toBe("year");
    expect(errorOf("04//TT-BTTTT")).toBe("year");
    expect(parsed("01/1945/NĐ-CP").year).toBe(1945);
    expect(parsed("01/2100/NĐ-CP").year).toBe(2100);
  });

  it("type: a year needs a known normative type code", () => {
    expect(errorOf("04/2012/XYZ-BTTTT")).toBe("type");
    expect(errorOf("04/2012/BTTTT")).toBe("type");
    expect(errorOf("04/2012/TB-STTTT")).toBe("type");
    expect(errorOf("04/2012/KH-UBND")).toBe("type");
  });
});

describe("DOCUMENT_TYPES", () => {
  it("names every code in Vietnamese", () => {
    expect(DOCUMENT_TYPES).toEqual({
      L: "Luật",
      NĐ: "Nghị định",
      NQ: "Nghị quyết",
      QĐ: "Quyết định",
      TT: "Thông tư",
      TTLT: "Thông tư liên tịch",
      CT: "Chỉ thị",
      KH: "Kế hoạch",
      TB: "Thông báo",
      BC: "Báo cáo",
      CV: "Công văn",
      GM: "Giấy mời",
      BB: "Biên bản",
      CTr: "Chương trình",
      HD: "Hướng dẫn",
      QC: "Quy chế",
    });
  });
});

describe("documentTitle", () => {
  it("cites a circular with the date written without leading zeros", () => {
    expect(documentTitle(parsed("04/2012/TT-BTTTT"), "2012-04-13")).toBe("Thông tư số 04/2012/TT-BTTTT ngày 13/4/2012");
  });

  it("cites without a date when none is given", () => {
    expect(documentTitle(parsed("30/2020/NĐ-CP"))).toBe("Nghị định số 30/2020/NĐ-CP");
    expect(documentTitle(parsed("42/2014/QĐ-TTg"), "2014-07-24")).toBe("Quyết định số 42/2014/QĐ-TTg ngày 24/7/2014");
  });

  it("names official letters, notices and invitations", () => {
    expect(documentTitle(parsed("125/UBND-KGVX"), "2012-07-02")).toBe("Công văn số 125/UBND-KGVX ngày 2/7/2012");
    expect(documentTitle(parsed("5/tb-sttttt"), "2012-07-05")).toBe("Thông báo số 05/TB-STTTTT ngày 5/7/2012");
    expect(documentTitle(parsed("03/GM-STTTT"))).toBe("Giấy mời số 03/GM-STTTT");
  });

  it("reads dd/MM/yyyy too, and refuses impossible dates", () => {
    expect(documentTitle(parsed("04/2012/TT-BTTTT"), "13/04/2012")).toBe("Thông tư số 04/2012/TT-BTTTT ngày 13/4/2012");
    expect(() => documentTitle(parsed("04/2012/TT-BTTTT"), "2012-02-30")).toThrow(RangeError);
    expect(() => documentTitle(parsed("04/2012/TT-BTTTT"), "")).toThrow(RangeError);
  });

  it("matches the citation in the seed article", () => {
    // Quoted from the Điện Biên article of 02/07/2012 (shared/domain/seed-article-dien-bien-h1-2012.txt).
    const seed = "triển khai tập huấn, hướng dẫn Thông tư số 04/2012/TT-BTTTT, ngày 13/4/2012 của Bộ Thông tin và Truyền thông";
    const match = /Thông tư số ([^,\s]+), ngày (\d{1,2}\/\d{1,2}\/\d{4})/.exec(seed);
    expect(match).not.toBeNull();
    const symbol = parsed(match?.[1] ?? "");
    expect(symbol).toEqual({ number: 4, year: 2012, typeCode: "TT", issuer: "BTTTT", normalized: "04/2012/TT-BTTTT" });
    // The article puts a comma before "ngày"; the citation style used by the product does not.
    expect(documentTitle(symbol, match?.[2])).toBe("Thông tư số 04/2012/TT-BTTTT ngày 13/4/2012");
  });
});
