import type postgres from "postgres";
import { distinctStatements, explain, tableRowCounts } from "./explain";
import type { PagePlan, Role } from "./pages";
import type { CountResult, ExplainResult } from "./report";
import { startServer } from "./server";
import { signIn } from "./session";
import { type CapturedQuery, startWireCounter } from "./wire";
import { log, sleep } from "./log";

/*
 * Statements per page, counted on the wire by a TCP proxy between a second server and
 * PostgreSQL, at a few-rows and a many-rows variant of each page; the many-rows variant's
 * statements are then EXPLAINed (ANALYZE) on the database.
 */

export interface StatementContext {
  cwd: string;
  databaseUrl: string;
  serverEnv: NodeJS.ProcessEnv;
  plan: PagePlan;
  password: string;
  roles: Role[];
  sql: postgres.Sql;
}


export async function countAndExplainStatements(context: StatementContext): Promise<{ counts: CountResult[]; explains: ExplainResult[] }> {
  log("counting SQL statements per page");
  const { counts, captured } = await countStatements(context);
  log("EXPLAIN ANALYZE of the captured statements");
  const rowsByTable = await tableRowCounts(context.sql);
  const explains: ExplainResult[] = [];
  for (const [key, { everyView, firstView }] of captured) {
    const statements: ExplainResult["statements"] = [];
    // What a view runs every time, then what only a first view ran: a memoised read (the
    // secretariat's overview, a list total past its cap) that later views within a minute skip.
    const every = new Set(everyView.map((query) => query.sql));
    for (const query of distinctStatements(everyView)) {
      const { plan: _plan, ...rest } = await explain(context.sql, query, rowsByTable);
      statements.push(rest);
    }
    for (const query of distinctStatements(firstView.filter((q) => !every.has(q.sql)))) {
      const { plan: _plan, ...rest } = await explain(context.sql, query, rowsByTable);
      statements.push({ ...rest, firstViewOnly: true });
    }
    explains.push({ key, statements });
  }
  return { counts, explains };
}

async function countStatements(context: StatementContext) {
  const upstream = new URL(context.databaseUrl);
  const wire = await startWireCounter(upstream.hostname, Number(upstream.port || 5432));
  const proxied = new URL(context.databaseUrl);
  proxied.hostname = "127.0.0.1";
  proxied.port = String(wire.port);
  const counts: CountResult[] = [];
  const captured = new Map<string, { everyView: CapturedQuery[]; firstView: CapturedQuery[] }>();
  const server = await startServer(context.cwd, { ...context.serverEnv, DATABASE_URL: proxied.toString() });
  try {
    const cookies = new Map<Role, string>();
    for (const role of context.roles) cookies.set(role, await signIn(server.origin, role, context.password));
    for (const page of context.plan.pages) {
      if (!page.variants || !page.rows) continue;
      const headers: Record<string, string> = {
        ...(page.role ? { cookie: cookies.get(page.role)! } : {}),
        ...(page.authorization ? { authorization: page.authorization } : {}),
      };
      const measure = async (url: string) => {
        // Warm-up requests first: postgres.js looks up array types once per new connection (pg_catalog.pg_type),
        // which is per connection, not per request; such catalog look-ups are left out of the count.
        // The first request's statements are kept for EXPLAIN: a list total past its cap is counted
        // by that one and remembered for a minute after (lib/list-total.ts), so later ones skip it.
        const first = wire.queries.length;
        for (let i = 0; i < 3; i++) await fetch(`${server.origin}${url}`, { headers, redirect: "manual" }).then((r) => r.arrayBuffer());
        await sleep(300);
        const firstQueries = wire.queries.slice(first).filter((q) => !/\bpg_catalog\./.test(q.sql));
        const mark = wire.queries.length;
        const response = await fetch(`${server.origin}${url}`, { headers, redirect: "manual" });
        const body = await response.text();
        await sleep(300);
        const queries = wire.queries.slice(mark).filter((q) => !/\bpg_catalog\./.test(q.sql));
        const statements = queries.map((q) => q.sql.replace(/\s+/g, " ").slice(0, 160));
        return { variant: { url, status: response.status, rows: page.rows!(body), queries: queries.length, statements }, queries, firstQueries };
      };
      const small = await measure(page.variants.small);
      const large = await measure(page.variants.large);
      counts.push({ key: page.key, label: page.label, small: small.variant, large: large.variant });
      captured.set(page.key, { everyView: large.queries, firstView: large.firstQueries });
    }
  } finally {
    await server.stop();
    await wire.close();
  }
  return { counts, captured };
}
