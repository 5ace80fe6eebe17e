import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { eq, is, SQL, sql } from "drizzle-orm";
import { PgColumn } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { db } from "@/test/db";
import { createAgency, createPerson } from "@/test/factories";
import { agencies, people } from "./schema";

/*
 * patches/drizzle-orm+0.45.4.patch (applied by patch-package after npm ci) makes drizzle work
 * out each selected field's decoder once per statement instead of once per row and cell, and
 * remember is()'s answer per class. These are the behaviours it touches: they must be the same
 * as drizzle's own.
 */
describe("drizzle-orm with its row-mapping patch", () => {
  it("is applied to the installed package", () => {
    // The package's root (its main file sits there); its exports map hides the files themselves.
    const root = dirname(createRequire(import.meta.url).resolve("drizzle-orm"));
    for (const file of ["utils.js", "utils.cjs", "entity.js", "entity.cjs"]) {
      expect(readFileSync(join(root, file), "utf8"), file).toContain("patches/drizzle-orm+0.45.4.patch");
    }
  });

  it("answers is() the same on the first and later calls, for a class and its subclasses", () => {
    const column = agencies.name;
    const expression = sql`1`;
    for (let call = 0; call < 3; call++) {
      expect(is(column, PgColumn)).toBe(true);
      expect(is(column, SQL)).toBe(false);
      expect(is(expression, SQL)).toBe(true);
      expect(is(expression, PgColumn)).toBe(false);
      expect(is({}, SQL)).toBe(false);
      expect(is(null, SQL)).toBe(false);
    }
  });

  it("maps every row of a statement with each field's own decoder: columns, nested objects and expressions", async () => {
    const first = await createAgency(db(), { name: "Sở A" });
    const second = await createAgency(db(), { name: "Sở B" });
    const rows = await db()
      .select({
        id: agencies.id,
        name: agencies.name,
        twice: sql<number>`${agencies.id} * 2`.mapWith(Number),
        label: sql<string>`'#' || ${agencies.id}`,
        nested: { name: agencies.name, createdAt: agencies.createdAt },
      })
      .from(agencies)
      .where(sql`${agencies.id} in (${first.id}, ${second.id})`)
      .orderBy(agencies.id);
    expect(rows).toEqual([
      { id: first.id, name: "Sở A", twice: first.id * 2, label: `#${first.id}`, nested: { name: "Sở A", createdAt: expect.any(Date) } },
      { id: second.id, name: "Sở B", twice: second.id * 2, label: `#${second.id}`, nested: { name: "Sở B", createdAt: expect.any(Date) } },
    ]);
  });

  it("gives null for a left-joined table with no matching row, and the row where one matches", async () => {
    const agency = await createAgency(db());
    const person = await createPerson(db(), { agencyId: agency.id });
    const lonely = await createAgency(db());
    const rows = await db()
      .select()
      .from(agencies)
      .leftJoin(people, eq(people.agencyId, agencies.id))
      .where(sql`${agencies.id} in (${agency.id}, ${lonely.id})`)
      .orderBy(agencies.id);
    expect(rows.map((row) => [row.agencies.id, row.people?.id ?? null])).toEqual([
      [agency.id, person.id],
      [lonely.id, null],
    ]);
  });
});
