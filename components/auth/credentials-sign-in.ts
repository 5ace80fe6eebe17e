/**
 * The two requests next-auth's own browser client (`signIn` from next-auth/react) makes
 * for a credentials sign-in, without that library: it cost the sign-in page about 10 KiB
 * of JavaScript for a session provider this app never uses (sessions are read on the
 * server). Everything that matters stays on the server, in the unchanged next-auth
 * route: the CSRF double-submit check, the rate limit, the password check and the audit.
 * Returns null when signed in, else next-auth's error code (CredentialsSignin,
 * RATE_LIMITED:<seconds>, …).
 */
export async function signInWithCredentials(username: string, password: string, callbackUrl: string): Promise<string | null> {
  const csrf = (await (await fetch("/api/auth/csrf", { cache: "no-store" })).json()) as { csrfToken?: string };
  const response = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username, password, csrfToken: csrf.csrfToken ?? "", callbackUrl, json: "true" }),
  });
  const data = (await response.json()) as { url?: string };
  const error = data.url ? new URL(data.url, window.location.href).searchParams.get("error") : null;
  if (response.ok && !error) return null;
  return error ?? "failed";
}
