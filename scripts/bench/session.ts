/*
 * Signing in the way the browser does with next-auth's credentials provider: fetch the CSRF
 * token (and its cookie), post it with the username and password, keep the session cookie.
 */

function cookiesFrom(response: Response): Map<string, string> {
  const jar = new Map<string, string>();
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(";");
    const eq = pair.indexOf("=");
    if (eq > 0) jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
  }
  return jar;
}

const cookieHeader = (jar: Map<string, string>) => [...jar.entries()].map(([k, v]) => `${k}=${v}`).join("; ");

/** Returns the Cookie header value of a signed-in session. */
export async function signIn(origin: string, username: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const jar = cookiesFrom(csrfResponse);
  const body = new URLSearchParams({ csrfToken, username, password, callbackUrl: `${origin}/`, json: "true" });
  const response = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookieHeader(jar) },
    body,
  });
  await response.arrayBuffer();
  for (const [k, v] of cookiesFrom(response)) jar.set(k, v);
  const session = [...jar.entries()].find(([k]) => k.endsWith("next-auth.session-token"));
  if (!session) throw new Error(`signing in as ${username} failed (HTTP ${response.status})`);
  return `${session[0]}=${session[1]}`;
}
