import { describe, expect, it } from "vitest";
import { withFields } from "./rows";

describe("withFields", () => {
  it("gives the row's columns and the new fields, leaving the row as it was", () => {
    const row = { id: 7, title: "Hội nghị sơ kết 6 tháng", deadline: null };
    const result = withFields(row, { href: "/conferences/7", valueCount: 0 });
    expect(result).toEqual({ id: 7, title: "Hội nghị sơ kết 6 tháng", deadline: null, href: "/conferences/7", valueCount: 0 });
    expect(row).toEqual({ id: 7, title: "Hội nghị sơ kết 6 tháng", deadline: null });
  });

  it("refuses, in the types, a field the row already has", () => {
    // @ts-expect-error: `id` is one of the row's own columns.
    withFields({ id: 7 }, { id: 8 });
  });
});
