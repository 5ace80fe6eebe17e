import { describe, expect, it } from "vitest";
import { PAGE_MM } from "./docx-format";
import { officialDocumentCss } from "./print-css";

const rule = (selector: string) => {
  const start = officialDocumentCss.indexOf(`\n${selector} {`);
  if (start < 0) throw new Error(`no rule for ${selector}`);
  return officialDocumentCss.slice(start, officialDocumentCss.indexOf("}", start) + 1);
};

describe("the print view's style sheet", () => {
  it("prints on A4 with the .docx's margins", () => {
    expect(officialDocumentCss).toContain("size: A4;");
    expect(officialDocumentCss).toContain(`margin: ${PAGE_MM.top}mm ${PAGE_MM.right}mm ${PAGE_MM.bottom}mm ${PAGE_MM.left}mm;`);
  });

  it("puts nothing into the margins, where the browser clips it", () => {
    expect(officialDocumentCss).not.toMatch(/\*\s*-\d/);
    expect(officialDocumentCss).not.toMatch(/margin[-a-z]*:\s*-/);
    expect(rule(".odp-head")).not.toContain("margin");
  });

  it("numbers the pages from the second on, in the top margin", () => {
    expect(officialDocumentCss).toMatch(/@page \{[\s\S]*@top-center \{ content: counter\(page\);/);
    expect(officialDocumentCss).toMatch(/@page :first \{ @top-center \{ content: none; \} \}/);
  });

  it("keeps the signature lines together but lets the closing block split", () => {
    expect(rule(".odp-closing")).not.toContain("break-inside");
    expect(rule(".odp-signature")).toContain("break-inside: avoid");
  });
});
