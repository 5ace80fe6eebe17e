import { describe, expect, it } from "vitest";
import { columnRules, cssString } from "./table-rules";

describe("DataTable column rules", () => {
  it("labels each cell by its column's position and right-aligns figures from the sm breakpoint", () => {
    const { name, css } = columnRules([{ header: "Đơn vị" }, { header: "Số liệu", numeric: true }]);
    const scope = `.dt[data-dt="${name}"] td`;
    expect(css).toContain(`${scope}:nth-child(1)::before{content:"Đơn vị"}`);
    expect(css).toContain(`${scope}:nth-child(2)::before{content:"Số liệu"}`);
    expect(css).toContain(`${scope}:nth-child(2){font-variant-numeric:tabular-nums}@media (min-width:40rem){${scope}:nth-child(2){text-align:right}}`);
    expect(css).not.toContain("nth-child(1){");
  });

  it("writes no < > or & (they would slow Next's escaping of the page's RSC data)", () => {
    const { css } = columnRules([{ header: "Tên" }, { header: "Kế hoạch & thực hiện <%>", numeric: true }]);
    expect(css).not.toMatch(/[<>&]/);
  });

  it("names identical column sets alike and different ones apart", () => {
    const a = columnRules([{ header: "Hội nghị" }, { header: "Số" }]);
    expect(columnRules([{ header: "Hội nghị" }, { header: "Số" }]).name).toBe(a.name);
    expect(columnRules([{ header: "Hội nghị" }, { header: "Số", numeric: true }]).name).not.toBe(a.name);
    expect(columnRules([{ header: "Số" }, { header: "Hội nghị" }]).name).not.toBe(a.name);
    expect(a.name).toMatch(/^[0-9a-z]+$/);
  });

  it("escapes what could end the CSS string or the style element", () => {
    expect(cssString('Tên "ngắn"')).toBe('"Tên \\22 ngắn\\22 "');
    expect(cssString("a\\b")).toBe('"a\\5c b"');
    expect(cssString("</style><script>")).not.toMatch(/[<>]/);
    expect(cssString("dòng 1\ndòng 2")).toBe('"dòng 1\\a dòng 2"');
  });
});
