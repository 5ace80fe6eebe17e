import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies, type TrustedProxies } from "@/lib/request/client-address";

/**
 * Configuration read from the environment. Everything has a default so that
 * `npm start` on a fresh checkout needs no setup: no DATABASE_URL means the
 * embedded PGlite database in the data folder. `environmentProblems()` is checked
 * once at start (instrumentation.ts): a bad value stops the server with one line per
 * variable instead of failing later on the first request that reads it.
 */

// An empty variable (`PORT=`) counts as unset, as the defaults in the README say.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
const integerBetween = (min: number, max: number) =>
  optional(z.string().refine((v) => /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max, `phải là số nguyên từ ${min} đến ${max} / must be a whole number from ${min} to ${max}`));

const onOff = optional(z.enum(["0", "1", "true", "false"], { error: "phải là 0, 1, true hoặc false / must be 0, 1, true or false" }));

const trustedProxies = z.string().superRefine((value, ctx) => {
  try {
    parseTrustedProxies(value);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: `${(error as Error).message} (ví dụ / e.g. "10.0.0.0/8, 192.168.1.5")` });
  }
});

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const environmentSchema = z
  .object({
    DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\/\S+$/, "phải bắt đầu bằng postgres:// hoặc postgresql:// / must start with postgres:// or postgresql://")),
    NGHISU_DATA_DIR: optional(z.string()),
    AUTH_SECRET: optional(z.string().min(16, "cần ít nhất 16 ký tự (openssl rand -base64 32) / needs at least 16 characters")),
    NEXTAUTH_URL: optional(z.url({ protocol: /^https?$/, error: "phải là địa chỉ http:// hoặc https:// / must be an http:// or https:// address" })),
    PORT: integerBetween(1, 65535),
    NGHISU_DEMO: onOff,
    DATABASE_POOL_MAX: integerBetween(1, 1000),
    DATABASE_PREPARE: onOff,
    TRUSTED_PROXIES: optional(trustedProxies),
    LOG_LEVEL: optional(z.enum(LOG_LEVELS, { error: `phải là một trong ${LOG_LEVELS.join(", ")} / must be one of them` })),
    NODE_ENV: optional(z.string()),
    NEXTAUTH_SECRET: optional(z.string()),
    NGHISU_ALLOW_GENERATED_SECRET: optional(z.string()),
  })
  .superRefine((vars, ctx) => {
    const sharedSecret = vars.AUTH_SECRET || vars.NEXTAUTH_SECRET || vars.NGHISU_ALLOW_GENERATED_SECRET === "1";
    if (vars.DATABASE_URL && vars.NODE_ENV === "production" && !sharedSecret) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "bắt buộc khi dùng DATABASE_URL: mọi máy chủ ứng dụng dùng chung một khóa (openssl rand -base64 32) / required with DATABASE_URL",
      });
    }
  });

/** One line per bad variable ("PORT: phải là số nguyên …"), empty when the environment is usable. */
export function environmentProblems(source: Record<string, string | undefined> = process.env): string[] {
  const result = environmentSchema.safeParse(source);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

let trustedProxiesCache: { source: string | undefined; value: TrustedProxies } | null = null;

export const env = {
  /** PostgreSQL connection string; unset → embedded PGlite. */
  get databaseUrl(): string | undefined {
    return process.env.DATABASE_URL || undefined;
  },
  /** Folder for the embedded database and the generated auth secret. */
  get dataDir(): string {
    // turbopackIgnore: the folder is chosen at run time; nothing in it belongs to the build output.
    return path.resolve(/*turbopackIgnore: true*/ process.env.NGHISU_DATA_DIR || "data");
  },
  get pgliteDir(): string {
    return path.join(this.dataDir, "pglite");
  },
  /** Load the demo dataset at start-up: on by default for the embedded database, off for PostgreSQL. */
  get seedDemo(): boolean {
    const flag = process.env.NGHISU_DEMO;
    if (flag === "1" || flag === "true") return true;
    if (flag === "0" || flag === "false") return false;
    return !this.databaseUrl;
  },
  /**
   * Queries run as prepared statements on PostgreSQL (db/prepared-statements.ts); DATABASE_PREPARE=0
   * for a connection pooler that cannot keep them (PgBouncer in transaction mode before 1.21).
   */
  get preparedStatements(): boolean {
    const flag = process.env.DATABASE_PREPARE;
    return !(flag === "0" || flag === "false");
  },
  get isProduction(): boolean {
    return process.env.NODE_ENV === "production";
  },
  /** The proxies whose X-Forwarded-For hops are believed (TRUSTED_PROXIES); none by default. */
  get trustedProxies(): TrustedProxies {
    const source = process.env.TRUSTED_PROXIES;
    if (!trustedProxiesCache || trustedProxiesCache.source !== source) trustedProxiesCache = { source, value: parseTrustedProxies(source) };
    return trustedProxiesCache.value;
  },
  get logLevel(): (typeof LOG_LEVELS)[number] {
    const level = process.env.LOG_LEVEL as (typeof LOG_LEVELS)[number] | undefined;
    return level && LOG_LEVELS.includes(level) ? level : process.env.VITEST ? "silent" : "info";
  },
};
