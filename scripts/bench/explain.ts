import type postgres from "postgres";
import { LIST_TOTAL_CAP } from "../../lib/list-total";
import type { CapturedQuery } from "./wire";

/*
 * EXPLAIN of the statements a page ran, with the parameters it ran them with. Reads are
 * EXPLAIN ANALYZE'd (they run once more, which is harmless); writes only EXPLAIN'd. On a table
 * the statistics say holds more than 10 000 rows, a sequential scan is reported when it reads
 * more than 10 001 rows, and so is an index scan without an index condition (walking a whole
 * index to get rows in order, then filtering, reads the table just the same). 10 001 is what
 * a list's capped total reads by design (lib/list-total.ts).
 */

export const BIG_TABLE_ROWS = 10_000;

export interface SeqScan {
  table: string;
  tableRows: number;
  /** Rows the scan was estimated/measured to return. */
  planRows: number;
}

export interface ExplainedQuery {
  sql: string;
  /** Execution time in ms (EXPLAIN ANALYZE), or null when only planned. */
  ms: number | null;
  seqScans: SeqScan[];
  /** The index names the plan uses. */
  indexes: string[];
  plan: unknown;
  error?: string;
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Index Cond"?: string;
  "Rows Removed by Filter"?: number;
  "Plan Rows"?: number;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  Plans?: PlanNode[];
}

function walk(node: PlanNode, visit: (node: PlanNode) => void): void {
  visit(node);
  for (const child of node.Plans ?? []) walk(child, visit);
}

const EXPLAINABLE = /^\s*(select|with|insert|update|delete|values)\b/i;
const READ_ONLY = /^\s*(select|with)\b/i;
const WRITES = /\b(insert|update|delete)\b|\bfor\s+(update|share)\b|nextval\(|pg_advisory/i;

/** Statements worth explaining: one per distinct SQL text (the first parameters seen). */
export function distinctStatements(queries: readonly CapturedQuery[]): CapturedQuery[] {
  const seen = new Map<string, CapturedQuery>();
  for (const q of queries) if (EXPLAINABLE.test(q.sql) && !seen.has(q.sql)) seen.set(q.sql, q);
  return [...seen.values()];
}

export async function tableRowCounts(sql: postgres.Sql): Promise<Map<string, number>> {
  const rows = await sql<{ name: string; n: number }[]>`select relname as name, reltuples::float8 as n from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace`;
  return new Map(rows.map((r) => [r.name, Math.max(0, r.n)]));
}

const literal = (value: string | null) => (value === null ? "null" : `'${value.replace(/'/g, "''")}'`);

/**
 * PREPARE with the parameter types the app sent, then EXPLAIN EXECUTE with its values as
 * literals: the planner sees the same statement and values as it did for the page.
 */
export async function explain(sql: postgres.Sql, query: CapturedQuery, tableRows: Map<string, number>): Promise<ExplainedQuery> {
  const analyze = READ_ONLY.test(query.sql) && !WRITES.test(query.sql);
  const connection = await sql.reserve();
  try {
    const typeNames: string[] = [];
    for (let i = 0; i < query.params.length; i++) {
      const oid = query.types[i] ?? 0;
      const [row] = oid ? await connection<{ name: string }[]>`select format_type(${oid}::oid, null) as name` : [{ name: "unknown" }];
      typeNames.push(row.name);
    }
    await connection.unsafe(`prepare bench_explain${typeNames.length ? `(${typeNames.join(", ")})` : ""} as ${query.sql}`);
    try {
      const args = query.params.length ? `(${query.params.map(literal).join(", ")})` : "";
      const [row] = await connection.unsafe(`explain (${analyze ? "analyze, buffers, " : ""}format json) execute bench_explain${args}`);
      const [{ Plan: plan, "Execution Time": ms }] = (row as Record<string, unknown>)["QUERY PLAN"] as [{ Plan: PlanNode; "Execution Time"?: number }];
      const seqScans: SeqScan[] = [];
      const indexes = new Set<string>();
      walk(plan, (node) => {
        if (node["Index Name"]) indexes.add(node["Index Name"]);
        const table = node["Relation Name"];
        if (!table || (tableRows.get(table) ?? 0) <= BIG_TABLE_ROWS) return;
        const analyzed = node["Actual Rows"] !== undefined;
        const read = ((node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0)) * (node["Actual Loops"] ?? 1);
        // A list's total is counted up to LIST_TOTAL_CAP + 1 rows (lib/list-total.ts) and stops there: a bounded read,
        // whatever scan feeds it. A statement only planned (a write) has no such figure: any scan of it counts.
        const whole = analyzed ? read > Math.max(BIG_TABLE_ROWS, LIST_TOTAL_CAP + 1) : node["Node Type"] === "Seq Scan";
        // An index scan with no index condition that reads more is a whole-table read in index order.
        const unconditioned = (node["Node Type"] === "Index Scan" || node["Node Type"] === "Index Only Scan") && !node["Index Cond"];
        if ((node["Node Type"] === "Seq Scan" || unconditioned) && whole) {
          seqScans.push({ table: node["Node Type"] === "Seq Scan" ? table : `${table} (${node["Node Type"]} ${node["Index Name"]}, no condition)`, tableRows: tableRows.get(table) ?? 0, planRows: node["Actual Rows"] ?? node["Plan Rows"] ?? 0 });
        }
      });
      return { sql: query.sql, ms: analyze ? (ms ?? null) : null, seqScans, indexes: [...indexes], plan };
    } finally {
      await connection.unsafe("deallocate bench_explain");
    }
  } catch (error) {
    return { sql: query.sql, ms: null, seqScans: [], indexes: [], plan: null, error: (error as Error).message };
  } finally {
    connection.release();
  }
}
