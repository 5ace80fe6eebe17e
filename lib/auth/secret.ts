import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

let cached: string | undefined;

/**
 * The key that signs session cookies. Taken from AUTH_SECRET; without it, generated once
 * and kept in the data folder so the demo needs no setup and sessions survive restarts.
 * Several app servers on one PostgreSQL must share a secret, so there it is required.
 */
export function getAuthSecret(): string {
  if (cached) return cached;
  const configured = process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  if (configured) return (cached = configured);
  if (env.databaseUrl && env.isProduction && process.env.NGHISU_ALLOW_GENERATED_SECRET !== "1") {
    throw new Error(
      "AUTH_SECRET chưa được đặt. Khi chạy trên PostgreSQL (DATABASE_URL), mọi máy chủ ứng dụng phải dùng chung một AUTH_SECRET " +
        "(ví dụ: openssl rand -base64 32). / AUTH_SECRET is required with DATABASE_URL in production.",
    );
  }
  const file = path.join(env.dataDir, "auth-secret");
  fs.mkdirSync(env.dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return (cached = fs.readFileSync(file, "utf8").trim());
}
