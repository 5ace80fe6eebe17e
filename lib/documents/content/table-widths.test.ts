import { describe, expect, it } from "vitest";
import { columnPercents, TEXT_WIDTH_MM } from "@/lib/documents/docx-format";
import { FOLLOW_UP_TABLE_HEADER, FOLLOW_UP_TABLE_WIDTHS } from "./follow-up-report";
import { INDICATOR_TABLE_HEADER, indicatorTableBlock, taskTableBlock } from "./indicator-table";

/*
 * Widths measured in Times New Roman (Liberation Serif has the same metrics) at the table's
 * 13 pt: "STT" bold is 8,7 mm and "31/12/2012" 20,9 mm; each cell adds 2,8 mm of padding.
 */
const STT_MM = 8.7 + 2.8;
const DATE_MM = 20.9 + 2.8;

const columnMm = (block: { header: string[]; widths?: number[] }, name: string) => {
  const index = block.header.indexOf(name);
  expect(index).toBeGreaterThanOrEqual(0);
  return (columnPercents(block)[index] * TEXT_WIDTH_MM) / 100;
};

describe("table column widths", () => {
  it("gives STT and Thời hạn room for their text in the task table", () => {
    const block = taskTableBlock([]);
    if (block.type !== "table") throw new Error("not a table");
    expect(columnMm(block, "STT")).toBeGreaterThan(STT_MM);
    expect(columnMm(block, "Thời hạn")).toBeGreaterThan(DATE_MM);
  });

  it("does the same in the follow-up report and the indicator table", () => {
    expect(columnMm({ header: FOLLOW_UP_TABLE_HEADER, widths: FOLLOW_UP_TABLE_WIDTHS }, "STT")).toBeGreaterThan(STT_MM);
    expect(columnMm({ header: FOLLOW_UP_TABLE_HEADER, widths: FOLLOW_UP_TABLE_WIDTHS }, "Thời hạn")).toBeGreaterThan(DATE_MM);
    const indicators = indicatorTableBlock([]);
    if (indicators.type !== "table") throw new Error("not a table");
    expect(indicators.header).toEqual(INDICATOR_TABLE_HEADER);
    expect(columnMm(indicators, "STT")).toBeGreaterThan(STT_MM);
  });
});
