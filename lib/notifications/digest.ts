import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { emailOutbox, notifications, notificationSettings, scheduledSends } from "@/db/schema";
import { formatDate, todayInVietnam } from "@/lib/format";
import { localParts } from "@/lib/conferences/time";
import { mailEnabled, renderDigestEmail } from "./email";

/** The hour (Asia/Ho_Chi_Minh) the daily digest goes out: the start of the working day. */
export const DIGEST_HOUR = 7;

/**
 * From 07:00, one e-mail per user who chose the digest with every notice marked for it since
 * the last one. Claimed once per user and day in scheduled_sends ("digest:12:2026-01-10"), in
 * the transaction that writes the outbox row and clears the marks.
 */
export async function runDigests(db: Db, now: Date): Promise<number> {
  if (localParts(now).hour < DIGEST_HOUR || !mailEnabled()) return 0;
  const today = todayInVietnam(now);
  const waiting = await db.selectDistinct({ userId: notifications.userId }).from(notifications).where(eq(notifications.digestPending, true));
  let sent = 0;
  for (const { userId } of waiting) {
    const done = await db.transaction(async (tx) => {
      const [claimed] = await tx.insert(scheduledSends).values({ key: `digest:${userId}:${today}` }).onConflictDoNothing().returning();
      if (!claimed) return false;
      const [settings] = await tx.select({ email: notificationSettings.email }).from(notificationSettings).where(eq(notificationSettings.userId, userId));
      const items = await tx
        .select({ id: notifications.id, kind: notifications.kind, params: notifications.params, href: notifications.href })
        .from(notifications)
        .where(and(eq(notifications.userId, userId), eq(notifications.digestPending, true)))
        .orderBy(asc(notifications.createdAt), asc(notifications.id));
      if (items.length > 0 && settings?.email) {
        await tx.insert(emailOutbox).values({ userId, toAddress: settings.email, ...renderDigestEmail(formatDate(today), items) });
      }
      if (items.length > 0) await tx.update(notifications).set({ digestPending: false }).where(inArray(notifications.id, items.map((item) => item.id)));
      return items.length > 0;
    });
    if (done) sent++;
  }
  return sent;
}
