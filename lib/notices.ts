/*
 * "Say what was saved" after a change that moves the user to another page (create a
 * conference → its page). mutate() adds ?notice=<message key> to the redirect when the action
 * has a successMessage; the app shell shows the message once (components/layout/saved-notice).
 * Only keys listed here are shown, so a crafted link cannot put arbitrary text on a page.
 */
export const REDIRECT_NOTICES = [
  "conferences.messages.created",
  "conferences.messages.updated",
  "conferences.messages.bridgeListAdded",
  "conferences.messages.bridgeUpdated",
  "tasks.messages.created",
  "tasks.messages.updated",
  "agenda.updated",
  "directives.updated",
  "directory.agencyCreated",
  "directory.personCreated",
  "indicators.messages.created",
  "indicators.messages.updated",
  "indicators.messages.retired",
  "reports.messages.periodCreated",
  "reports.messages.opened",
  "legalDocuments.created",
  "legalDocuments.updated",
  "users.created",
  "documents.withdraw.done",
  "invitations.deleted",
  "agenda.deleted",
  "directives.deleted",
] as const;

export type RedirectNotice = (typeof REDIRECT_NOTICES)[number];

export const NOTICE_PARAM = "notice";

/** The redirect target with the notice key appended (its other parameters and hash kept). */
export function withNotice(url: string, key: string): string {
  if (!(REDIRECT_NOTICES as readonly string[]).includes(key)) return url;
  const hashAt = url.indexOf("#");
  const [path, hash] = hashAt === -1 ? [url, ""] : [url.slice(0, hashAt), url.slice(hashAt)];
  return `${path}${path.includes("?") ? "&" : "?"}${NOTICE_PARAM}=${encodeURIComponent(key)}${hash}`;
}
