import { describe, expect, it } from "vitest";
import { element, fragment, Markup } from "./html";

describe("markup written as a string", () => {
  it("escapes text and attribute values, so what a user typed stays text", () => {
    const html = element("td", { class: 'a" onclick="x' }, '<script>alert("x")</script> & \'b\'').html;
    expect(html).toBe('<td class="a&quot; onclick=&quot;x">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;b&apos;</td>');
  });

  it("writes nested markup as it is, leaves out empty children and unset attributes", () => {
    const html = fragment(element("b", null, "Thuê bao", null, false, undefined, 468), element("span", { class: undefined }, "")).html;
    expect(html).toBe("<b>Thuê bao468</b><span></span>");
    expect(element("i", null, new Markup("<b>x</b>")).html).toBe("<i><b>x</b></i>");
  });

  it("links only to a path of this site, with & escaped", () => {
    expect(element("a", { href: "/tasks?status=open&page=2", class: "link" }, "Nhiệm vụ").html).toBe('<a href="/tasks?status=open&amp;page=2" class="link">Nhiệm vụ</a>');
    for (const href of ["javascript:alert(1)", "https://example.com/", "//example.com/x", "tasks/7"]) {
      expect(() => element("a", { href }, "x")).toThrow(/not a local path/);
    }
  });
});
