import { describe, expect, it } from "vitest";
import { parseBridgeList, rowsToBridgeText } from "./bridge-list";

const directory = [
  { id: 1, name: "UBND huyện Mường Nhé", shortName: null, code: "UBND-MN" },
  { id: 2, name: "Viettel Điện Biên", shortName: "Viettel", code: "VTDB" },
  { id: 3, name: "Phòng Văn hóa và Thông tin", shortName: null, code: null },
  { id: 4, name: "Phòng Văn hóa và Thông tin", shortName: null, code: "PVHTT-TX" },
];

describe("a pasted list of bridge points", () => {
  it("reads one per line with the responsible agency matched in the directory, errors per line", () => {
    const lines = parseBridgeList(
      ["Điểm cầu huyện Mường Nhé — ubnd huyen muong nhe", "", "Điểm cầu Viettel - VTDB", "Hội trường tỉnh", " — Viettel", "Điểm cầu X — Sở Không Có", "Điểm cầu Y; Phòng Văn hóa và Thông tin"].join("\n"),
      directory,
    );
    expect(lines.map((l) => [l.line, l.name, l.agency?.id ?? null, l.error])).toEqual([
      [1, "Điểm cầu huyện Mường Nhé", 1, null],
      [3, "Điểm cầu Viettel", 2, null],
      [4, "Hội trường tỉnh", null, null],
      [5, "", 2, "nameMissing"],
      [6, "Điểm cầu X", null, "agencyUnknown"],
      [7, "Điểm cầu Y", null, "agencyAmbiguous"],
    ]);
  });

  it("takes a spreadsheet's rows as the same list, skipping its heading row", () => {
    expect(rowsToBridgeText([["Tên điểm cầu", "Đơn vị phụ trách"], ["Điểm cầu A", "Viettel"], ["", ""], ["Điểm cầu B"]])).toBe("Điểm cầu A — Viettel\nĐiểm cầu B");
  });
});
