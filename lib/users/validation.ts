import { z } from "zod";
import { roles } from "@/db/schema";
import { passwordWeakness } from "@/lib/auth/password";
import { enumField, idSchema, optionalId, requiredText, versionField } from "@/lib/validation";

export const usernamePattern = /^[a-z0-9][a-z0-9._-]{2,39}$/;

const weaknessKey = { tooShort: "validation.passwordTooShort", tooSimple: "validation.passwordTooSimple", containsUsername: "validation.passwordContainsUsername", common: "validation.passwordCommon" } as const;

/** The message key saying why a password is too weak, or null. The server also calls this with the username read from the database, not the one the form sent. */
export function passwordWeaknessKey(password: string, username?: string): (typeof weaknessKey)[keyof typeof weaknessKey] | null {
  const weakness = passwordWeakness(password, username);
  return weakness ? weaknessKey[weakness] : null;
}

/** A strong enough password, judged against the username when there is one. */
function checkPassword(password: string, username: string | undefined, ctx: z.RefinementCtx, path: string) {
  const key = passwordWeaknessKey(password, username);
  if (key) ctx.addIssue({ code: "custom", path: [path], message: key });
}

const unitOfficerNeedsAgency = <T extends { role: string; agencyId?: number }>(value: T, ctx: z.RefinementCtx) => {
  if (value.role === "unit_officer" && !value.agencyId) ctx.addIssue({ code: "custom", path: ["agencyId"], message: "validation.agencyRequiredForUnit" });
};

export const createUserSchema = z
  .object({
    username: z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v), z.string().regex(usernamePattern, "validation.username")),
    displayName: requiredText(120),
    role: enumField(roles),
    agencyId: optionalId(),
    password: z.string({ error: "validation.required" }).min(1, "validation.required").max(200, "validation.tooLong"),
  })
  .superRefine((value, ctx) => {
    unitOfficerNeedsAgency(value, ctx);
    checkPassword(value.password, value.username, ctx, "password");
  });

export const updateUserSchema = z
  .object({
    id: idSchema,
    version: versionField(),
    displayName: requiredText(120),
    role: enumField(roles),
    agencyId: optionalId(),
  })
  .superRefine(unitOfficerNeedsAgency);

export const resetPasswordSchema = z
  .object({ id: idSchema, username: z.string().optional(), newPassword: z.string({ error: "validation.required" }).min(1, "validation.required").max(200) })
  .superRefine((value, ctx) => checkPassword(value.newPassword, value.username, ctx, "newPassword"));

export const userIdSchema = z.object({ id: idSchema });
