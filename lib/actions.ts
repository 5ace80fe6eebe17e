import "server-only";
import { revalidatePath } from "next/cache";
import { noteDataChanged } from "@/lib/cache/recent-results";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { type Db, getDb } from "@/db/client";
import { type AuditEntry, requestMetaFrom, writeAudit } from "@/lib/audit";
import { can, type Permission, type PermissionScope, roleHasPermission } from "@/lib/auth/permissions";
import { type CurrentUser, getCurrentUser } from "@/lib/auth/session";
import { isUniqueViolation, UserFacingError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { withNotice } from "@/lib/notices";

type AuditFn = (entry: Omit<AuditEntry, "actorId" | "actorUsername" | "meta">) => Promise<void>;

export interface MutationContext<Input> {
  tx: Db;
  input: Input;
  user: CurrentUser;
  audit: AuditFn;
}

export interface MutationSpec<S extends z.ZodType, R> {
  schema: S;
  permission: Permission;
  /** The record's agency for permissions a unit officer holds only for their own unit. */
  scope?: (input: z.output<S>, db: Db) => Promise<PermissionScope> | PermissionScope;
  run: (ctx: MutationContext<z.output<S>>) => Promise<R>;
  /** Paths whose cached render depends on this change. */
  revalidate?: string[];
  /** Where to go after success (redirect happens after the transaction has committed). */
  redirectTo?: (result: R) => string;
  successMessage?: string;
  /** Form fields never echoed back to the browser. */
  secretFields?: string[];
}

function formDataToObject(data: FormData | Record<string, unknown>): Record<string, unknown> {
  if (!(data instanceof FormData)) return data;
  const result: Record<string, unknown> = {};
  for (const [key, value] of data.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const plain = typeof value === "string" ? value : value.name;
    if (key in result) result[key] = ([] as unknown[]).concat(result[key], plain);
    else result[key] = plain;
  }
  return result;
}

function echoValues(raw: Record<string, unknown>, secretFields: string[] = []): Record<string, string> {
  return Object.fromEntries(
    Object.entries(raw)
      .filter(([key, value]) => !secretFields.includes(key) && typeof value === "string")
      .map(([key, value]) => [key, value as string]),
  );
}

/**
 * The one path every change takes: who is asking → may they → is the input valid →
 * change and audit row in one transaction → revalidate → a form state (or a redirect).
 * A server action is a public endpoint, so this runs the permission check itself
 * whatever page the action was rendered on.
 */
export async function mutate<S extends z.ZodType, R>(data: FormData | Record<string, unknown>, spec: MutationSpec<S, R>): Promise<FormState> {
  const t = await getTranslations();
  const raw = formDataToObject(data);
  const values = echoValues(raw, spec.secretFields);

  const user = await getCurrentUser();
  if (!user) return { status: "error", message: t("errors.signedOut"), values };
  // With a scope, the role check comes first and the agency check once the input names the record.
  const allowedBeforeScope = spec.scope ? roleHasPermission(user.role, spec.permission) : can(user, spec.permission);
  if (!allowedBeforeScope) return { status: "error", message: t("errors.forbidden") };

  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "_form");
      fieldErrors[field] ??= translateKey(t, issue.message);
    }
    return { status: "error", message: t("errors.checkFields"), fieldErrors, values };
  }
  const input = parsed.data as z.output<S>;
  const db = getDb();
  if (spec.scope && !can(user, spec.permission, await spec.scope(input, db))) {
    return { status: "error", message: t("errors.forbidden") };
  }

  const meta = requestMetaFrom(await headers());
  let result: R;
  try {
    result = await db.transaction(async (tx) => {
      const audit: AuditFn = (entry) => writeAudit(tx, { ...entry, actorId: user.id, actorUsername: user.username, meta });
      return spec.run({ tx, input, user, audit });
    });
  } catch (error) {
    if (error instanceof UserFacingError) {
      const message = translateKey(t, error.messageKey);
      return error.field
        ? { status: "error", message: t("errors.checkFields"), fieldErrors: { [error.field]: message }, values }
        : { status: "error", message, values };
    }
    if (isUniqueViolation(error)) return { status: "error", message: t("errors.duplicate"), values };
    throw error;
  }

  // Memoised read models on this server (the overview's counts) must not outlive the change.
  noteDataChanged();
  for (const path of spec.revalidate ?? []) revalidatePath(path);
  // After a redirect the message rides along (?notice=key) and the app shell shows it on arrival.
  if (spec.redirectTo) redirect(spec.successMessage ? withNotice(spec.redirectTo(result), spec.successMessage) : spec.redirectTo(result));
  return { status: "ok", message: spec.successMessage ? translateKey(t, spec.successMessage) : undefined };
}

type Translator = Awaited<ReturnType<typeof getTranslations>>;

function translateKey(t: Translator, key: string): string {
  return t.has(key) ? t(key) : t("validation.invalid");
}
