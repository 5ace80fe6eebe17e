import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TrendChart } from "@/components/indicators/trend-chart";

describe("TrendChart", () => {
  it("is an SVG picture that scales to the column, with its summary as aria-label and a bar per value", () => {
    const html = renderToStaticMarkup(
      createElement(TrendChart, {
        title: "Thuê bao",
        ariaLabel: "Biểu đồ cột: 2 kỳ",
        categories: [
          { line1: "6 tháng đầu", line2: "2011" },
          { line1: "6 tháng đầu", line2: "2012" },
        ],
        series: [
          { label: "Thực hiện", values: [430000, 468112], type: "bar", tone: "brand" },
          { label: "Kế hoạch năm", values: [null, 900000], type: "bar", tone: "grey" },
        ],
      }),
    );
    expect(html).toMatch(/<svg[^>]*viewBox="0 0 480 280"[^>]*width="100%"[^>]*role="img"[^>]*aria-label="Biểu đồ cột: 2 kỳ"/);
    expect(html.match(/<rect /g)).toHaveLength(3);
    // Tick labels in vi-VN.
    expect(html).toContain(">1.000.000<");
    expect(html).not.toContain("<script");
  });
});
