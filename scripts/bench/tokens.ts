import { randomBytes } from "node:crypto";
import type postgres from "postgres";
import { API_TOKEN_PREFIX, hashApiToken } from "@/lib/api/tokens";
import { hashCalendarToken } from "@/lib/calendar/tokens";

/**
 * Tokens the benchmark makes for its users (deleted when it is done), hashed by the app's own
 * functions. They are inserted directly, not through the app's commands, which audit and
 * need a request's context.
 */

/** A calendar subscription token: 32 random bytes in base64url, as lib/calendar/tokens.ts makes them. */
export async function calendarToken(sql: postgres.Sql, username: string): Promise<{ token: string; id: number }> {
  const token = randomBytes(32).toString("base64url");
  const [row] = await sql<{ id: number }[]>`
    insert into calendar_tokens (user_id, token_hash)
    select id, ${hashCalendarToken(token)} from users where username = ${username}
    returning id`;
  return { token, id: row.id };
}

/** A read-only /api/v1 token of the user, as lib/api/tokens.ts makes them (the prefix and 32 random bytes). */
export async function apiToken(sql: postgres.Sql, username: string): Promise<{ authorization: string; id: number }> {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  const [row] = await sql<{ id: number }[]>`
    insert into api_tokens (user_id, name, token_hash, scopes, expires_at)
    select id, 'bench', ${hashApiToken(token)}, array['read'], now() + interval '1 day'
    from users where username = ${username}
    returning id`;
  return { authorization: `Bearer ${token}`, id: row.id };
}
