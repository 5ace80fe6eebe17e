import { describe, expect, it } from "vitest";
import { largestRscChunk } from "./rsc-size";

describe("the largest inlined RSC chunk", () => {
  it("measures the JSON of each self.__next_f.push([1, …]) and keeps the longest", () => {
    const html =
      '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
      '<script>self.__next_f.push([1,"0:[\\"$\\",\\"div\\",null,{}]\\n"])</script>' +
      '<script>self.__next_f.push([1,"1:\\"Sở Thông tin \\u0026 Truyền thông\\"\\n"])</script>';
    expect(largestRscChunk(html)).toBe('[1,"1:\\"Sở Thông tin \\u0026 Truyền thông\\"\\n"]'.length);
  });

  it("is 0 for a page without RSC data", () => {
    expect(largestRscChunk("<html><body>tệp tĩnh</body></html>")).toBe(0);
  });
});
