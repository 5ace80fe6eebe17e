import { z } from "zod";
import { type NotificationKind, notificationKinds } from "@/db/schema";
import { idSchema, optionalEmail } from "@/lib/validation";

/** The settings form: an address, the digest box and one "mail_<kind>" box per kind (ticked = mailed). */
export const preferencesSchema = z
  .object({
    email: optionalEmail(),
    dailyDigest: z.literal("on").optional(),
    /** 0 before the first save. */
    version: z.coerce.number({ error: "validation.invalid" }).int().min(0),
  })
  .catchall(z.unknown())
  .transform((form) => ({
    email: form.email,
    dailyDigest: form.dailyDigest === "on",
    version: form.version === 0 ? undefined : form.version,
    mutedKinds: notificationKinds.filter((kind) => form[`mail_${kind}`] !== "on") as NotificationKind[],
  }));
export type PreferencesInput = z.output<typeof preferencesSchema>;

export const markReadSchema = z.object({ id: z.preprocess((value) => (value === "" || value === undefined ? undefined : value), idSchema.optional()) });
