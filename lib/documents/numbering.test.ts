import { describe, expect, it } from "vitest";
import { documentNumberLine, formatDocumentNumber, typeCodeOf } from "./numbering";

describe("document numbers", () => {
  it("zero-pads numbers below 10 only", () => {
    expect(formatDocumentNumber(5, "TB", "STTTT")).toBe("05/TB-STTTT");
    expect(formatDocumentNumber(12, "TB", "STTTT")).toBe("12/TB-STTTT");
    expect(formatDocumentNumber(105, "GM", "STTTT")).toBe("105/GM-STTTT");
    expect(() => formatDocumentNumber(0, "TB", "STTTT")).toThrow();
  });

  it("uses the type abbreviation of each kind", () => {
    expect([typeCodeOf("invitation"), typeCodeOf("minutes"), typeCodeOf("conclusion_notice"), typeCodeOf("follow_up_report")]).toEqual(["GM", "BB", "TB", "BC"]);
  });

  it("leaves the number blank on a draft", () => {
    expect(documentNumberLine({ number: null, typeCode: "TB", issuerSymbol: "STTTT" })).toBe("Số:      /TB-STTTT");
    expect(documentNumberLine({ number: "05/TB-STTTT", typeCode: "TB", issuerSymbol: "STTTT" })).toBe("Số: 05/TB-STTTT");
  });
});
