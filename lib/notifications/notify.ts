import type { Db } from "@/db/client";
import { emailOutbox, type NotificationKind, notifications } from "@/db/schema";
import { mailEnabled, renderNoticeEmail } from "./email";
import { type Audience, findRecipients, type Recipient } from "./recipients";

export type NoticeParams = Record<string, string | number>;

/** Something that happened, said once for everyone who hears of it. */
export interface NotificationEvent {
  kind: NotificationKind;
  params: NoticeParams;
  /** Path of the object in the app, where the work is done. */
  href: string;
  audience: Audience;
}

/** The transaction of the change and who made it (every command context has both). */
export interface NotifyContext {
  tx: Db;
  actorId: number | null;
}

function wantsMail(recipient: Recipient, kind: NotificationKind): boolean {
  return mailEnabled() && recipient.email !== null && recipient.email !== "" && !recipient.mutedKinds.includes(kind);
}

/**
 * Writes the event's notices, and the e-mails of those who want each event by mail, in the
 * transaction of the change itself (an outbox): they exist exactly when the change does, and
 * the mail server is talked to later by the worker, so it never holds up or undoes a change.
 * Those who chose the daily digest get their notice marked for it instead.
 * Returns the recipients' user ids.
 */
export async function notify(ctx: NotifyContext, event: NotificationEvent): Promise<number[]> {
  const recipients = await findRecipients(ctx.tx, event.audience, ctx.actorId);
  if (recipients.length === 0) return [];
  await ctx.tx.insert(notifications).values(
    recipients.map((recipient) => ({
      userId: recipient.userId,
      agencyId: recipient.role === "unit_officer" ? recipient.agencyId : null,
      kind: event.kind,
      params: event.params,
      href: event.href,
      digestPending: recipient.dailyDigest && wantsMail(recipient, event.kind),
    })),
  );
  const mailNow = recipients.filter((recipient) => !recipient.dailyDigest && wantsMail(recipient, event.kind));
  if (mailNow.length > 0) {
    const mail = renderNoticeEmail(event);
    await ctx.tx.insert(emailOutbox).values(mailNow.map((recipient) => ({ userId: recipient.userId, toAddress: recipient.email ?? "", ...mail })));
  }
  return recipients.map((recipient) => recipient.userId);
}
