import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SelectField } from "@/components/ui/fields";

const props = {
  name: "lead",
  label: "Đơn vị chủ trì",
  placeholder: "Tất cả",
  defaultValue: "6",
  options: [
    { value: "5", label: "Sở Y tế" },
    { value: "6", label: "Phòng Bưu chính, Viễn thông" },
  ],
};

describe("SelectField", () => {
  it("hands its options to the client input as [value, label] pairs", () => {
    expect(SelectField(props).props.options).toEqual([
      ["5", "Sở Y tế"],
      ["6", "Phòng Bưu chính, Viễn thông"],
    ]);
  });

  it("writes each pair as an option after the placeholder, the default selected, under its label", () => {
    const html = renderToStaticMarkup(createElement(SelectField, props));
    expect(html).toContain('<option value="">Tất cả</option><option value="5">Sở Y tế</option><option value="6" selected="">Phòng Bưu chính, Viễn thông</option>');
    expect(html).toContain('<label for="field-lead"');
  });
});
