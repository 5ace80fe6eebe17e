import { describe, expect, it } from "vitest";
import { editDistance, foldSearchText, highlightParts, matchesSearch, parseSearch, toTsQuery } from "./query";

describe("parsing what was typed", () => {
  it("folds diacritics, đ, case, NFD and punctuation like SQL search_fold()", () => {
    expect(foldSearchText("Thông tư số 04/2012/TT-BTTTT")).toBe("thong tu so 04 2012 tt btttt");
    expect(foldSearchText("ĐIỆN BIÊN".normalize("NFD"))).toBe("dien bien");
  });

  it("makes the last word a prefix, a typed symbol a phrase, and a type's name stand for its code and back", () => {
    expect(toTsQuery(parseSearch("kiểm tra")!)).toBe("kiem & tra:*");
    expect(toTsQuery(parseSearch("kiem tra bao ch")!)).toBe("kiem & tra & bao & ch:*");
    expect(toTsQuery(parseSearch("04/2012/TT-BTTTT")!)).toBe("04 <-> 2012 <-> tt <-> btttt:*");
    expect(toTsQuery(parseSearch("thông tư 04")!)).toBe("(thong <-> tu | tt) & 04:*");
    expect(toTsQuery(parseSearch("tt 04/2012")!)).toBe("(tt | thong <-> tu) & 04 <-> 2012:*");
    expect(toTsQuery(parseSearch("quyet dinh")!)).toBe("(quyet <-> dinh | qd)");
  });

  it("finds nothing to search in blanks and punctuation, and never passes a character a tsquery would read", () => {
    expect(parseSearch("  ")).toBeNull();
    expect(parseSearch("&|!():*'\\")).toBeNull();
    expect(toTsQuery(parseSearch("a&b | c:* 'd'")!)).toBe("a <-> b & c & d:*");
  });
});

describe("matching in the browser as the database does", () => {
  const circular = "Thông tư số 04/2012/TT-BTTTT ngày 13/4/2012 — Quy định về quản lý thuê bao di động trả trước";
  it.each([
    ["thong tu 04", true],
    ["tt 04/2012", true],
    ["04/2012/tt-btttt", true],
    ["thue bao tra truoc", true],
    ["truoc tra", true],
    ["nghi dinh 04", false],
    ["05/2012", false],
  ])("%s → %s", (typed, expected) => {
    expect(matchesSearch(parseSearch(typed), circular)).toBe(expected);
  });
});

describe("highlighting", () => {
  it("marks the words that match, a prefix marking its whole word, and leaves the rest as text", () => {
    const parts = highlightParts("Kiểm tra <b>đại lý</b> thuê bao", parseSearch("kiem dai thuee"));
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(["Kiểm", "đại", "thuê"]);
    expect(parts.map((part) => part.text).join("")).toBe("Kiểm tra <b>đại lý</b> thuê bao");
  });

  it("counts one typo as one edit, transpositions included", () => {
    expect(editDistance("kiem", "kiemm")).toBe(1);
    expect(editDistance("thong", "htong")).toBe(1);
    expect(editDistance("thong", "thang")).toBe(1);
    expect(editDistance("thong", "tuong")).toBe(1);
    expect(editDistance("thong", "dong")).toBe(2);
  });
});
