import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agencies } from "@/db/schema";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";
import { noteDataChanged } from "@/lib/cache/recent-results";
import { countUpTo, pagePosition } from "./list-total";

describe("countUpTo", () => {
  it("counts exactly up to the cap and says when more rows match", async () => {
    for (let i = 0; i < 5; i++) await createAgency(db(), { code: `DEM${i}` });
    const matching = () => db().select({ id: agencies.id }).from(agencies).where(sql`${agencies.code} like 'DEM%'`).$dynamic();
    expect(await countUpTo(db(), matching(), 10)).toEqual({ count: 5, more: false });
    expect(await countUpTo(db(), matching(), 5)).toEqual({ count: 5, more: false });
    expect(await countUpTo(db(), matching(), 4)).toEqual({ count: 4, more: true });
  });

  it("takes a total past the cap as still past it until this server's next change; a total under it is always counted", async () => {
    for (let i = 0; i < 5; i++) await createAgency(db(), { code: `CAP${i}` });
    const matching = () => db().select({ id: agencies.id }).from(agencies).where(sql`${agencies.code} like 'CAP%'`).$dynamic();
    expect(await countUpTo(db(), matching(), 3)).toEqual({ count: 3, more: true });
    expect(await countUpTo(db(), matching(), 10)).toEqual({ count: 5, more: false });
    await db().delete(agencies).where(sql`${agencies.code} in ('CAP0', 'CAP1', 'CAP2')`);
    // Under the cap: the deletion shows at once. Past it: remembered, not counted again.
    expect(await countUpTo(db(), matching(), 10)).toEqual({ count: 2, more: false });
    expect(await countUpTo(db(), matching(), 3)).toEqual({ count: 3, more: true });
    noteDataChanged();
    expect(await countUpTo(db(), matching(), 3)).toEqual({ count: 2, more: false });
  });

  it("keeps the totals of different filters and viewers apart", async () => {
    for (let i = 0; i < 4; i++) await createAgency(db(), { code: `SEP${i}` });
    const like = (prefix: string) => db().select({ id: agencies.id }).from(agencies).where(sql`${agencies.code} like ${prefix}`).$dynamic();
    expect(await countUpTo(db(), like("SEP%"), 2)).toEqual({ count: 2, more: true });
    expect(await countUpTo(db(), like("SEP1%"), 2)).toEqual({ count: 1, more: false });
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
