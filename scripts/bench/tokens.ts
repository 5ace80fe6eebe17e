import { createHash, randomBytes } from "node:crypto";
import type postgres from "postgres";

/** Tokens the benchmark makes for its users (deleted when it is done), in the app's own formats. */

export async function calendarToken(sql: postgres.Sql, username: string): Promise<{ token: string; id: number }> {
  // The same format and hash as lib/calendar/tokens.ts: 32 random bytes in base64url, SHA-256 hex stored.
  const token = randomBytes(32).toString("base64url");
  const [row] = await sql<{ id: number }[]>`
    insert into calendar_tokens (user_id, token_hash)
    select id, ${createHash("sha256").update(token, "utf8").digest("hex")} from users where username = ${username}
    returning id`;
  return { token, id: row.id };
}

/** A read-only /api/v1 token of the user, made as lib/api/tokens.ts makes them (nsk_ + 32 random bytes, SHA-256 hex stored). */
export async function apiToken(sql: postgres.Sql, username: string): Promise<{ authorization: string; id: number }> {
  const token = `nsk_${randomBytes(32).toString("base64url")}`;
  const [row] = await sql<{ id: number }[]>`
    insert into api_tokens (user_id, name, token_hash, scopes, expires_at)
    select id, 'bench', ${createHash("sha256").update(token, "utf8").digest("hex")}, array['read'], now() + interval '1 day' from users where username = ${username}
    returning id`;
  return { authorization: `Bearer ${token}`, id: row.id };
}
