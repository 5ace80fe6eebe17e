import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agencies } from "@/db/schema";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
import { countUpTo, pagePosition } from "./list-total";

describe("countUpTo", () => {
  it("counts exactly up to the cap and says when more rows match", async () => {
    for (let i = 0; i < 5; i++) await createAgency(db(), { code: `DEM${i}` });
    const matching = () => db().select({ id: agencies.id }).from(agencies).where(sql`${agencies.code} like 'DEM%'`).$dynamic();
    expect(await countUpTo(db(), matching(), 10)).toEqual({ count: 5, more: false });
    expect(await countUpTo(db(), matching(), 5)).toEqual({ count: 5, more: false });
    expect(await countUpTo(db(), matching(), 4)).toEqual({ count: 4, more: true });
  });
});

describe("pagePosition", () => {
  it("knows the last page of an exact total and clamps a page past it", () => {
    expect(pagePosition({ count: 120, more: false }, 2, 50, 50)).toEqual({ page: 2, pages: 3, hasNext: true });
    expect(pagePosition({ count: 120, more: false }, 3, 50, 20)).toEqual({ page: 3, pages: 3, hasNext: false });
    expect(pagePosition({ count: 120, more: false }, 9, 50, 0)).toEqual({ page: 3, pages: 3, hasNext: false });
    expect(pagePosition({ count: 0, more: false }, 1, 50, 0)).toEqual({ page: 1, pages: 1, hasNext: false });
  });

  it("pages on past the cap while pages are full, without a last page number", () => {
    expect(pagePosition({ count: 10_000, more: true }, 1, 50, 50)).toEqual({ page: 1, pages: null, hasNext: true });
    expect(pagePosition({ count: 10_000, more: true }, 250, 50, 50)).toEqual({ page: 250, pages: null, hasNext: true });
    expect(pagePosition({ count: 10_000, more: true }, 251, 50, 7)).toEqual({ page: 251, pages: null, hasNext: false });
  });
});
