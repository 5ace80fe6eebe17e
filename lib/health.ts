import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

/** How long the database may take to answer `select 1` before the check calls it down. */
export const HEALTH_DATABASE_TIMEOUT_MS = 3000;

export interface HealthReport {
  status: "ok" | "unavailable";
  database: "ok" | "unavailable";
}

/**
 * The health check for a load balancer or monitor: the app answers, and the database
 * answers a trivial query in time. Says nothing else (no version, no addresses, no errors).
 */
export async function checkHealth(getDb: () => Db): Promise<HealthReport> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("database health check timed out")), HEALTH_DATABASE_TIMEOUT_MS);
  });
  try {
    await Promise.race([getDb().execute(sql`select 1`), timeout]);
    return { status: "ok", database: "ok" };
  } catch {
    return { status: "unavailable", database: "unavailable" };
  } finally {
    clearTimeout(timer);
  }
}
