import pino from "pino";
import { env } from "@/lib/env";

/**
 * The server's log: one JSON object per line on standard output (pino), for the log
 * collector to index. Add what identifies the work (`requestId`, `userId`) as fields,
 * never passwords, cookies or tokens (they are also redacted here in case).
 * Silent under Vitest unless LOG_LEVEL says otherwise.
 */
export const logger = pino({
  level: env.logLevel,
  base: { app: "nghisu" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token", "secret", "*.secret", "headers.cookie", "*.headers.cookie", "headers.authorization", "*.headers.authorization"],
    censor: "[redacted]",
  },
});

export type Logger = typeof logger;

/** A logger whose lines carry the request and the user, where known. */
export function requestLogger(context: { requestId?: string | null; userId?: number | null }): Logger {
  const fields: Record<string, string | number> = {};
  if (context.requestId) fields.requestId = context.requestId;
  if (context.userId !== null && context.userId !== undefined) fields.userId = context.userId;
  return logger.child(fields);
}
