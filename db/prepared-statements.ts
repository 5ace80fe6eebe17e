import type postgres from "postgres";

/*
 * drizzle-orm's postgres.js driver sends every query that was not given a name with
 * `prepare: false` (drizzle-team/drizzle-orm#6096), whatever the client's own setting. For a
 * query with parameters postgres.js then needs two round trips each time: Parse and Describe
 * (to learn the parameters' types), a wait, then Bind and Execute. A conference's page runs 14
 * statements and so made about 30 round trips to PostgreSQL, each a write and a read on the
 * socket for the app server and a parse for PostgreSQL.
 *
 * As prepared statements, postgres.js keeps each statement text per connection (until the
 * connection's lifetime of 30–60 minutes ends) and runs it again with one round trip; it
 * re-prepares by itself a statement that a migration has made stale. Measured on the
 * conference page at a million tasks: 33 socket writes and 33 reads per view before, 18 and 18 after.
 *
 * DATABASE_PREPARE=0 turns this off for a pooler that cannot keep prepared statements
 * (PgBouncer in transaction mode before 1.21): the client is then wrapped with `prepare`
 * false, which holds for drizzle's own prepared queries too (`.prepare(name)`, the session's
 * and the bell's statements), which would otherwise ask postgres.js to prepare them.
 */

type Sql = postgres.Sql | postgres.TransactionSql;
type Unsafe = (query: string, parameters?: unknown[], options?: postgres.UnsafeQueryOptions) => unknown;

/**
 * The client with `unsafe()` (which drizzle calls for every query) preparing its statement,
 * or with `prepare` false never preparing one, in transactions and savepoints too.
 * Everything else is the client itself.
 */
export function withPreparedStatements<T extends Sql>(client: T, prepare = true): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === "unsafe") {
        const unsafe = value as Unsafe;
        return ((query, parameters, options) => unsafe(query, parameters, { ...options, prepare })) satisfies Unsafe;
      }
      if (property === "begin" || property === "savepoint") {
        // begin([options,] fn) and savepoint([name,] fn): the callback gets the transaction's client.
        return (...args: unknown[]) => {
          const callback = args.pop() as (transaction: postgres.TransactionSql) => unknown;
          const inner = (transaction: postgres.TransactionSql) => callback(withPreparedStatements(transaction, prepare));
          return (value as (...inner: unknown[]) => unknown)(...args, inner);
        };
      }
      return value;
    },
  });
}
