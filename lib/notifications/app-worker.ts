import { getDb } from "@/db/client";
import { logger } from "@/lib/logger";
import { startWorker } from "./worker";

/** The worker inside the app server (instrumentation.ts), once per process. */
export function startAppWorker(): void {
  const key = Symbol.for("nghisu.notificationWorker");
  const holder = globalThis as typeof globalThis & { [key]?: boolean };
  if (holder[key]) return;
  holder[key] = true;
  startWorker({ db: getDb(), onError: (error) => logger.error({ err: error }, "notification worker") });
}
