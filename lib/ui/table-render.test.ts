import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReportRows } from "@/components/reports/report-rows";
import { DataTable, TableFrame } from "@/components/ui/table";

const body = (html: string) => /<tbody>(.*)<\/tbody>/.exec(html)?.[1] ?? "";

describe("DataTable", () => {
  it("writes bare cells: no attribute a column does not set, a wrapper only around several nodes", () => {
    const html = renderToStaticMarkup(
      createElement(DataTable<{ id: number }>, {
        caption: "Danh sách",
        empty: "Không có",
        rows: [{ id: 7 }],
        rowKey: (row) => row.id,
        columns: [
          { key: "no", header: "STT", cell: (row) => row.id, className: "sm:w-12" },
          { key: "text", header: "Tên", cell: () => "Sở Thông tin và Truyền thông" },
          { key: "one", header: "Một", cell: () => createElement("b", null, "đậm") },
          { key: "many", header: "Nhiều", cell: () => [createElement("i", { key: "a" }, "Trong đó: "), "thuê bao"] },
          { key: "fragment", header: "Đoạn", cell: () => createElement(Fragment, null, createElement("i", null, "a"), "b") },
        ],
      }),
    );
    expect(body(html)).toBe('<tr><td class="sm:w-12">7</td><td>Sở Thông tin và Truyền thông</td><td><b>đậm</b></td><td><span><i>Trong đó: </i>thuê bao</span></td><td><span><i>a</i>b</span></td></tr>');
  });

  it("shows the empty note instead of a table without rows", () => {
    const html = renderToStaticMarkup(createElement(DataTable<{ id: number }>, { empty: "Chưa có chỉ tiêu", rows: [], rowKey: (row) => row.id, columns: [{ key: "no", header: "STT", cell: (row) => row.id }] }));
    expect(html).toContain("Chưa có chỉ tiêu");
    expect(html).not.toContain("<table");
  });
});

describe("ReportRows in a TableFrame", () => {
  it("renders the formatted words as the report table's cells: a part indented under its total, a qualified figure stacked", () => {
    const html = renderToStaticMarkup(
      createElement(
        TableFrame,
        { caption: "Báo cáo", empty: "Không có", columns: [{ key: "no", header: "STT" }, { key: "value", header: "Số liệu", numeric: true }] },
        createElement(ReportRows, {
          ofWhich: "Trong đó: ",
          rows: [
            { indicatorId: 1, number: "1", name: "Thuê bao di động", isPart: false, cells: ["thuê bao", "468.112"] },
            { indicatorId: 2, number: "1.1", name: "Trả trước", isPart: true, cells: ["thuê bao", { figure: "500.000", reported: null, warning: "Lớn hơn chỉ tiêu tổng", tone: "red" }] },
          ],
        }),
      ),
    );
    const rows = body(html).split("</tr>");
    expect(rows[0]).toBe('<tr><td class="sm:w-12">1</td><td><b>Thuê bao di động</b></td><td>thuê bao</td><td>468.112</td>');
    expect(rows[1]).toContain('<span class="block sm:pl-6"><i class="text-slate-600">Trong đó: </i>Trả trước</span>');
    expect(rows[1]).toMatch(/<span class="flex flex-col[^"]*"><span>500.000<\/span><span class="[^"]*bg-red-100[^"]*">Lớn hơn chỉ tiêu tổng<\/span><\/span>/);
    expect(html).toMatch(/<th scope="col" class="[^"]*text-right">Số liệu<\/th>/);
  });
});
