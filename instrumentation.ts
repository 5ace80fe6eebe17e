import type { Instrumentation } from "next";

export async function register() {
  // Only the Node.js server talks to the database; the build never gets here with a database.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startServer } = await import("./lib/startup");
  await startServer();
}

/** Every error Next catches in a page, route handler or server action goes to the log with its request id and user. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/request/request-error");
  await logRequestError(error, request, context);
};
