import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { PGlite } from "@electric-sql/pglite";
import type postgres from "postgres";

/**
 * Where generated rows go: a PostgreSQL server (COPY … FROM STDIN through postgres.js) or
 * the embedded PGlite (COPY … FROM '/dev/blob'). Rows are written in PostgreSQL's COPY text
 * format, which is both the fastest load path and the same on the two engines.
 */
export interface Target {
  kind: "postgres" | "pglite";
  query<T extends Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Loads rows into table(columns); returns how many. */
  copy(table: string, columns: readonly string[], rows: Iterable<readonly unknown[]>): Promise<number>;
  /** Runs fn in one transaction on one connection; the Target it gets is bound to that transaction. */
  transaction<T>(fn: (tx: Target) => Promise<T>): Promise<T>;
}

/** One value in COPY text format: \N for null, backslash escapes for the four special characters. */
export function copyValue(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  let text: string;
  if (typeof value === "string") text = value;
  else if (typeof value === "number" || typeof value === "bigint") return String(value);
  else if (typeof value === "boolean") return value ? "t" : "f";
  else if (value instanceof Date) return value.toISOString();
  else text = JSON.stringify(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r") : text;
}

export function copyLine(row: readonly unknown[]): string {
  let line = "";
  for (let i = 0; i < row.length; i++) line += (i ? "\t" : "") + copyValue(row[i]);
  return `${line}\n`;
}

/** COPY text in chunks of about 1 MB, so a million rows never sit in memory as one string. */
function* chunks(rows: Iterable<readonly unknown[]>, counter: { n: number }): Generator<string> {
  let buffer = "";
  for (const row of rows) {
    buffer += copyLine(row);
    counter.n++;
    if (buffer.length > 1_000_000) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer) yield buffer;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const copySql = (table: string, columns: readonly string[], source: string) => `copy ${ident(table)} (${columns.map(ident).join(", ")}) from ${source}`;

export function postgresTarget(sql: postgres.Sql | postgres.TransactionSql): Target {
  const target: Target = {
    kind: "postgres",
    async query<T extends Record<string, unknown>>(text: string, params: unknown[] = []) {
      return (await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[];
    },
    async copy(table, columns, rows) {
      const counter = { n: 0 };
      const writable = await sql.unsafe(copySql(table, columns, "stdin")).writable();
      await pipeline(Readable.from(chunks(rows, counter)), writable);
      return counter.n;
    },
    async transaction(fn) {
      if (!("begin" in sql)) return fn(target);
      return (await sql.begin((tx) => fn(postgresTarget(tx)))) as Awaited<ReturnType<typeof fn>>;
    },
  };
  return target;
}

export function pgliteTarget(pg: PGlite, inTransaction = false): Target {
  const target: Target = {
    kind: "pglite",
    async query<T extends Record<string, unknown>>(text: string, params: unknown[] = []) {
      return (await pg.query<T>(text, params)).rows;
    },
    async copy(table, columns, rows) {
      const counter = { n: 0 };
      for (const chunk of chunks(rows, counter)) {
        await pg.query(copySql(table, columns, "'/dev/blob'"), [], { blob: new Blob([chunk]) });
      }
      return counter.n;
    },
    async transaction(fn) {
      // PGlite is one connection: a plain BEGIN/COMMIT around the work is the transaction.
      if (inTransaction) return fn(target);
      await pg.exec("begin");
      try {
        const result = await fn(pgliteTarget(pg, true));
        await pg.exec("commit");
        return result;
      } catch (error) {
        await pg.exec("rollback");
        throw error;
      }
    },
  };
  return target;
}
