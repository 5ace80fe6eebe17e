import { queryCounter } from "@/db/client";

/**
 * Runs fn with the statement counter of db/client.ts on, and returns fn's result with the number
 * of SQL statements it sent: the tests that a list costs the same statements at any size. The
 * counter is switched off again even when fn throws, so a failing test leaves it off for the next.
 */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  queryCounter.count = 0;
  queryCounter.enabled = true;
  try {
    const result = await fn();
    return { result, queries: queryCounter.count };
  } finally {
    queryCounter.enabled = false;
  }
}
