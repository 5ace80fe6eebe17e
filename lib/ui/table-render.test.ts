import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DirectiveList } from "@/components/directives/directive-list";
import { ReportRows } from "@/components/reports/report-rows";
import { DataTable, TableFrame } from "@/components/ui/table";
import { WordTable } from "@/components/ui/word-table";

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
            ["1", "Thuê bao di động", 0, "thuê bao", "468.112"],
            ["1.1", "Trả trước", 1, "thuê bao", { figure: "500.000", reported: null, warning: "Lớn hơn chỉ tiêu tổng", tone: "red" }],
          ],
        }),
      ),
    );
    const rows = body(html).split("</tr>");
    expect(rows[0]).toBe('<tr><td class="sm:w-12">1</td><td><b>Thuê bao di động</b></td><td>thuê bao</td><td>468.112</td>');
    expect(rows[1]).toContain('<span class="block sm:pl-6"><i class="text-slate-600">Trong đó: </i>Trả trước</span>');
    expect(rows[1]).toMatch(/<span class="flex flex-col[^"]*"><span>500.000<\/span><span class="tag tag-red">Lớn hơn chỉ tiêu tổng<\/span><\/span>/);
    expect(html).toMatch(/<th scope="col" class="[^"]*text-right">Số liệu<\/th>/);
  });
});

describe("WordTable", () => {
  it("renders each kind of word cell: text, a link with a second line, a figure named by its column and row, status words, a dimmed zero", () => {
    const html = renderToStaticMarkup(
      createElement(WordTable<{ id: number }>, {
        caption: "Nhiệm vụ",
        empty: "Không có",
        rows: [{ id: 7 }],
        columns: [
          { key: "no", header: "STT", words: (row) => row.id, className: "sm:w-12" },
          { key: "title", header: "Nhiệm vụ", words: () => ({ text: "Kiểm tra thuê bao trả trước", href: "/tasks/7", sub: "Chỉ đạo số 2" }) },
          { key: "conference", header: "Hội nghị", words: () => ({ text: "Sơ kết 6 tháng" }) },
          { key: "count", header: "Quá hạn", numeric: true, linkNamesRow: true, words: () => ({ text: "12", href: "/tasks?status=open_overdue" }) },
          { key: "zero", header: "Trong hạn", numeric: true, words: () => ({ muted: "0" }) },
          { key: "status", header: "Trạng thái", words: () => ({ tags: [{ tone: "red" as const, text: "Quá hạn" }], stack: true, note: "trễ so với hạn ban đầu" }) },
        ],
      }),
    );
    const cells = body(html).split("</td>");
    expect(cells[0]).toBe('<tr><td class="sm:w-12">7');
    expect(cells[1]).toBe('<td><span><a href="/tasks/7" class="link">Kiểm tra thuê bao trả trước</a><span class="block text-sm text-slate-600">Chỉ đạo số 2</span></span>');
    expect(cells[2]).toBe("<td><span>Sơ kết 6 tháng</span>");
    // The link is read out with its column's header and the row's first cell.
    expect(cells[3]).toBe('<td><a href="/tasks?status=open_overdue" class="link">12<span class="sr-only"> Quá hạn — 7</span></a>');
    expect(cells[4]).toBe('<td><span class="text-slate-500">0</span>');
    expect(cells[5]).toMatch(/^<td><span class="flex flex-col[^"]*"><span class="tag tag-red">Quá hạn<\/span><span class="text-sm text-slate-700">\(trễ so với hạn ban đầu\)<\/span><\/span>$/);
  });

  it("renders a name with its position and a status word under it, and a row's actions as links", () => {
    const html = renderToStaticMarkup(
      createElement(WordTable<{ id: number }>, {
        empty: "Không có",
        rows: [{ id: 9 }],
        columns: [
          { key: "who", header: "Đại biểu", words: () => ({ text: "Giàng Thị Hoa", strong: true, sub: "Phó Chủ tịch UBND tỉnh", tag: { tone: "yellow" as const, text: "Đã báo hoãn" } }) },
          { key: "plain", header: "Người dự", words: () => ({ text: "—", sub: undefined }) },
          {
            key: "actions",
            header: "Thao tác",
            words: () => ({ actions: [{ text: "Ghi trả lời", href: "/conferences/1/invitations?reply=9" }, { text: "Xóa", href: "/conferences/1/invitations/9/delete", danger: true }] }),
          },
        ],
      }),
    );
    const cells = body(html).split("</td>");
    expect(cells[0]).toMatch(
      /^<tr><td><span><span class="font-semibold">Giàng Thị Hoa<\/span><span class="block text-sm text-slate-600">Phó Chủ tịch UBND tỉnh<\/span><span class="mt-1 block"><span class="tag tag-yellow">Đã báo hoãn<\/span><\/span><\/span>$/,
    );
    expect(cells[1]).toBe("<td><span>—</span>");
    expect(cells[2]).toBe(
      '<td><span class="flex flex-wrap items-center gap-3"><a href="/conferences/1/invitations?reply=9" class="link">Ghi trả lời</a>' +
        '<a href="/conferences/1/invitations/9/delete" class="font-semibold text-danger-600 underline">Xóa</a></span>',
    );
  });

  it("shows the empty note instead of a table without rows", () => {
    const html = renderToStaticMarkup(createElement(WordTable<{ id: number }>, { empty: "Chưa có nhiệm vụ", rows: [], columns: [{ key: "no", header: "STT", words: (row) => row.id }] }));
    expect(html).toContain("Chưa có nhiệm vụ");
    expect(html).not.toContain("<table");
  });
});

describe("DirectiveList", () => {
  it("writes each directive with its tasks as links and status words, and says when it has none", () => {
    const task = { id: 5, title: "Kiểm tra <thuê bao> trả trước", units: "Chủ trì: Phòng BCVT", timing: "Hạn: 31/12/2012", status: "Quá hạn", tone: "red" as const };
    const directive = { number: "1.", sector: "Viễn thông", issuerName: "Giám đốc Sở", text: "Triển khai Thông tư 04/2012/TT-BTTTT", tasksLabel: "Nhiệm vụ thực hiện ý kiến chỉ đạo số 1" };
    const html = renderToStaticMarkup(
      createElement(DirectiveList, {
        noTasks: "Chưa giao nhiệm vụ",
        directives: [
          { ...directive, id: 1, tasks: [task] },
          { ...directive, id: 2, number: "2.", tasks: [] },
        ],
      }),
    );
    expect(html).toBe(
      '<ol class="board">' +
        '<li><p class="board-head"><b>1.</b><span class="tag tag-blue">Viễn thông</span>Giám đốc Sở</p><p class="board-text">Triển khai Thông tư 04/2012/TT-BTTTT</p>' +
        '<ul class="board-tasks" aria-label="Nhiệm vụ thực hiện ý kiến chỉ đạo số 1"><li><a href="/tasks/5">Kiểm tra &lt;thuê bao&gt; trả trước</a>' +
        '<p>Chủ trì: Phòng BCVT</p><p>Hạn: 31/12/2012</p><span class="tag tag-red">Quá hạn</span></li></ul></li>' +
        '<li><p class="board-head"><b>2.</b><span class="tag tag-blue">Viễn thông</span>Giám đốc Sở</p><p class="board-text">Triển khai Thông tư 04/2012/TT-BTTTT</p>' +
        '<p class="board-none">Chưa giao nhiệm vụ</p></li></ol>',
    );
  });
});
