import { and, eq, isNull } from "drizzle-orm";
import { notifications, notificationSettings } from "@/db/schema";
import type { CommandContext } from "@/lib/commands";
import { ConflictError } from "@/lib/errors";
import { ownNoticesCondition, type NoticeReader } from "./queries";
import type { PreferencesInput } from "./validation";

/*
 * A user's changes to their own notices and settings, always by the signed-in user's id.
 * Reading a notice is not audited (it changes nothing anyone else sees); settings are.
 */

export async function markNoticesRead({ tx }: CommandContext, user: NoticeReader, id: number | null): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(ownNoticesCondition(user), isNull(notifications.readAt), id === null ? undefined : eq(notifications.id, id)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function savePreferences({ tx, audit }: CommandContext, userId: number, input: PreferencesInput): Promise<void> {
  const [before] = await tx.select().from(notificationSettings).where(eq(notificationSettings.userId, userId)).limit(1);
  if (input.version !== undefined && before && before.version !== input.version) throw new ConflictError();
  const values = { email: input.email ?? null, dailyDigest: input.dailyDigest, mutedKinds: input.mutedKinds, updatedAt: new Date() };
  const [after] = await tx
    .insert(notificationSettings)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: notificationSettings.userId, set: { ...values, version: (before?.version ?? 0) + 1 } })
    .returning();
  await audit({ action: "notification_settings.save", entityType: "user", entityId: userId, before: before ?? null, after });
}
