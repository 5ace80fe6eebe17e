import { and, asc, eq, inArray, isNull, lt, lte, or } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Db } from "@/db/client";
import { emailOutbox } from "@/db/schema";

/*
 * Delivery of the e-mail outbox. A worker claims a few due rows (FOR UPDATE SKIP LOCKED, so
 * two workers never take the same row) and holds them with a lease (locked_until) instead of
 * an open transaction: the mail server may take seconds, and on the embedded database an
 * open transaction would hold up every request of the app. A worker that dies mid-send
 * leaves the lease to run out and the row is tried again (at least once, never lost).
 * A failed send is retried with exponential backoff, then given up as "failed".
 */

export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}
export interface MailTransport {
  sendMail(message: MailMessage): Promise<unknown>;
}

export const MAX_ATTEMPTS = 8;
const LEASE_MS = 5 * 60_000;
const BATCH = 20;

/** Wait before attempt n + 1 after n failed ones: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, failedAttempts - 1), 6 * 3_600_000);
}

export function mailFrom(): string {
  return process.env.MAIL_FROM || "Nghị Sự <no-reply@localhost>";
}

/** The SMTP transport from SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS), or null when unset. */
export function smtpTransport(): MailTransport | null {
  const url = process.env.SMTP_URL;
  return url ? nodemailer.createTransport(url) : null;
}

/** Claims up to BATCH due rows for this worker until the lease runs out. */
async function claimDue(db: Db, now: Date) {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, "pending"), lte(emailOutbox.nextAttemptAt, now), or(isNull(emailOutbox.lockedUntil), lt(emailOutbox.lockedUntil, now))))
      .orderBy(asc(emailOutbox.nextAttemptAt))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(emailOutbox)
      .set({ lockedUntil: new Date(now.getTime() + LEASE_MS) })
      .where(inArray(emailOutbox.id, due.map((row) => row.id)))
      .returning();
  });
}

/** Sends what is due; returns how many went out. Never throws for a failed send. */
export async function deliverOutbox(db: Db, transport: MailTransport, now: Date): Promise<number> {
  let delivered = 0;
  for (;;) {
    const rows = await claimDue(db, now);
    if (rows.length === 0) return delivered;
    for (const row of rows) {
      const attempts = row.attempts + 1;
      try {
        await transport.sendMail({ from: mailFrom(), to: row.toAddress, subject: row.subject, text: row.textBody, html: row.htmlBody });
        await db.update(emailOutbox).set({ status: "sent", attempts, sentAt: new Date(), lockedUntil: null, lastError: null }).where(eq(emailOutbox.id, row.id));
        delivered++;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await db
          .update(emailOutbox)
          .set({
            attempts,
            status: attempts >= MAX_ATTEMPTS ? "failed" : "pending",
            nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)),
            lockedUntil: null,
            lastError: message.slice(0, 500),
          })
          .where(eq(emailOutbox.id, row.id));
      }
    }
  }
}
