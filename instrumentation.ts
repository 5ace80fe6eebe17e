import type { Instrumentation } from "next";

export async function register() {
  // Only the Node.js server talks to the database; the build never gets here with a database.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("./lib/startup");
  await startServer();
  // Reminders and e-mail (lib/notifications/worker.ts) in this process unless NGHISU_WORKER=0
  // (several app servers on PostgreSQL may leave it to `npm run worker`; running it in each is safe too).
  if (process.env.NGHISU_WORKER !== "0") {
    const { startAppWorker } = await import("./lib/notifications/app-worker");
    startAppWorker();
  }
}

/** Every error Next catches in a page, route handler or server action goes to the log with its request id and user. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/request/request-error");
  await logRequestError(error, request, context);
};
