import { eq, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/test/db";
import * as schema from "./schema";
import { withPreparedStatements } from "./prepared-statements";
import { selectRows } from "./raw-rows";

// Prepared statements are a PostgreSQL connection's; PGlite runs in this process and has none to save.
describe.skipIf(!process.env.DATABASE_URL)("queries as prepared statements on PostgreSQL", () => {
  // One connection, so that pg_prepared_statements (which lists the session's own) sees every query.
  let plain: postgres.Sql;
  let wrapped: postgres.Sql;
  beforeAll(async () => {
    await db().execute(sql`select 1`); // the file's database exists and is migrated
    plain = postgres(process.env.DATABASE_URL ?? "", { max: 1, onnotice: () => {} });
    wrapped = postgres(process.env.DATABASE_URL ?? "", { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await plain?.end();
    await wrapped?.end();
  });

  const findUser = (client: postgres.Sql) =>
    drizzle({ client, schema, casing: "snake_case" }).select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, "nobody-here"));
  const preparedTexts = async (client: postgres.Sql) =>
    (await client<{ statement: string }[]>`select statement from pg_prepared_statements`).map((row) => row.statement);

  it("drizzle alone runs a query with parameters unprepared (drizzle-orm#6096); wrapped, it is prepared once and reused", async () => {
    await findUser(plain);
    expect((await preparedTexts(plain)).filter((text) => text.includes('"users"'))).toEqual([]);

    const wrappedClient = withPreparedStatements(wrapped);
    await findUser(wrappedClient);
    await findUser(wrappedClient);
    const texts = (await preparedTexts(wrapped)).filter((text) => text.includes('"users"'));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/where "users"\."username" = \$1/);
  });

  it("prepares inside a transaction and a savepoint too, and commits", async () => {
    const client = withPreparedStatements(wrapped);
    const database = drizzle({ client, schema, casing: "snake_case" });
    const inner = await database.transaction(async (tx) => {
      await tx.select({ id: schema.agencies.id }).from(schema.agencies).where(eq(schema.agencies.code, "outer"));
      return tx.transaction((savepoint) => savepoint.select({ n: sql<number>`count(*)::int` }).from(schema.conferences).where(eq(schema.conferences.id, -1)));
    });
    expect(inner).toEqual([{ n: 0 }]);
    const texts = await preparedTexts(wrapped);
    expect(texts.some((text) => text.includes('"agencies"') && text.includes("$1"))).toBe(true);
    expect(texts.some((text) => text.includes('"conferences"') && text.includes("$1"))).toBe(true);
  });

  it("with DATABASE_PREPARE=0 (prepare false) prepares nothing, not even drizzle's own prepared queries", async () => {
    const unprepared = postgres(process.env.DATABASE_URL ?? "", { max: 1, onnotice: () => {} });
    try {
      const database = drizzle({ client: withPreparedStatements(unprepared, false), schema, casing: "snake_case" });
      const named = database
        .select({ id: schema.users.id })
        .from(schema.users)
        .where(eq(schema.users.username, sql.placeholder("name")))
        .prepare("named_lookup");
      await named.execute({ name: "nobody-here" });
      await findUser(withPreparedStatements(unprepared, false));
      expect((await preparedTexts(unprepared)).filter((text) => text.includes('"users"'))).toEqual([]);
    } finally {
      await unprepared.end();
    }
  });

  it("the app's own connections plan each run for its values", async () => {
    const [row] = await selectRows<{ plan_cache_mode: string }>(db(), sql`show plan_cache_mode`);
    expect(row.plan_cache_mode).toBe("force_custom_plan");
  });
});
