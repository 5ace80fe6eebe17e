/** A same-site path to return to after sign-in; anything else (//evil, https://…) falls back to "/". */
export function safeReturnPath(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  if (!path || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  try {
    const url = new URL(path, "http://local.invalid");
    return url.origin === "http://local.invalid" ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}
