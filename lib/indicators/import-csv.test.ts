import { describe, expect, it } from "vitest";
import { CsvSyntaxError, csvFile, csvLine, parseCsv, stripFormulaGuard } from "./import-csv";

const cells = (text: string, delimiter: "," | ";" | "\t" = ";") => parseCsv(text, delimiter).map((r) => r.cells);

describe("parseCsv", () => {
  it("splits on the delimiter and on CRLF, LF or CR line ends, ignoring one final line end", () => {
    expect(cells("a;b;c\r\n1;2;3\r\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(cells("a,b\n1,2", ",")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(cells("a;b\r1;2\r")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(cells("a\tb\n", "\t")).toEqual([["a", "b"]]);
  });

  it("keeps empty fields, including trailing ones, and skips nothing but the last line end", () => {
    expect(cells(";;x;\n")).toEqual([["", "", "x", ""]]);
    expect(cells("a\n\nb\n")).toEqual([["a"], [""], ["b"]]);
  });

  it("reads quoted fields holding the delimiter, doubled quotes and line breaks, and numbers records by their first line", () => {
    const text = 'CT-01;"Doanh thu; bưu chính";"89,16";"Ghi ""ước"" đạt"\r\nCT-02;"Hai\r\ndòng";1;x\r\nCT-03;;2;\r\n';
    const records = parseCsv(text, ";");
    expect(records.map((r) => r.cells)).toEqual([
      ["CT-01", "Doanh thu; bưu chính", "89,16", 'Ghi "ước" đạt'],
      ["CT-02", "Hai\r\ndòng", "1", "x"],
      ["CT-03", "", "2", ""],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it("treats commas as text under ';' and semicolons as text under ','", () => {
    expect(cells("13,6;468.112\n")).toEqual([["13,6", "468.112"]]);
    expect(cells('"13,6",x;y\n', ",")).toEqual([["13,6", "x;y"]]);
  });

  it("drops a UTF-8 byte order mark and keeps Vietnamese text intact", () => {
    expect(cells("\ufeffMã chỉ tiêu;Giá trị\n")).toEqual([["Mã chỉ tiêu", "Giá trị"]]);
    expect(cells('\ufeff"Mã";x\n')).toEqual([["Mã", "x"]]);
  });

  it("takes a quote inside an unquoted field literally, and keeps text after a closing quote as Excel does", () => {
    expect(cells('5" màn hình;x\n')).toEqual([['5" màn hình', "x"]]);
    expect(cells('"ab"c;d\n')).toEqual([["abc", "d"]]);
    expect(cells('"";x\n')).toEqual([["", "x"]]);
  });

  it("refuses a quote that never closes, naming the line it opened on", () => {
    const error = (() => {
      try {
        parseCsv('a;b\nc;"never closed\nmore\n', ";");
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(2);
  });
});

describe("writing CSV", () => {
  it("quotes what needs quoting and reads back to the same fields", () => {
    const fields = [{ value: "a;b" }, { value: 'say "hi"' }, { value: "two\nlines" }, { value: " padded " }, { value: "plain" }, { value: "" }];
    const line = csvLine(fields, ";");
    expect(line).toBe('"a;b";"say ""hi""";"two\nlines";" padded ";plain;');
    expect(parseCsv(`${line}\r\n`, ";")[0].cells).toEqual(fields.map((f) => f.value));
  });

  it("guards free text that a spreadsheet would run as a formula, and the import removes the guard", () => {
    const line = csvLine([{ value: "=HYPERLINK(\"x\")", text: true }, { value: "- Trong đó", text: true }, { value: "-3,5" }], ";");
    expect(line).toBe("\"'=HYPERLINK(\"\"x\"\")\";'- Trong đó;-3,5");
    const read = parseCsv(line, ";")[0].cells.map(stripFormulaGuard);
    expect(read).toEqual(['=HYPERLINK("x")', "- Trong đó", "-3,5"]);
    // An apostrophe the user typed in front of ordinary text stays.
    expect(stripFormulaGuard("'ước tính")).toBe("'ước tính");
  });

  it("writes a file with a BOM and CRLF line ends", () => {
    expect(csvFile(["a;b", "1;2"])).toBe("\ufeffa;b\r\n1;2\r\n");
  });
});
