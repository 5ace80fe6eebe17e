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

type Checked<S extends z.ZodType> = { ok: true; input: z.output<S>; user: CurrentUser; values: Record<string, string> } | { ok: false; state: FormState };

/** Who is asking → may they → is the input valid: the first half of mutate(), shared with confirmFirst(). */
async function authorizeAndParse<S extends z.ZodType>(
  t: Translator,
  data: FormData | Record<string, unknown>,
  spec: Pick<MutationSpec<S, unknown>, "schema" | "permission" | "scope" | "secretFields">,
): Promise<Checked<S>> {
  const raw = formDataToObject(data);
  const values = echoValues(raw, spec.secretFields);

  const user = await getCurrentUser();
  if (!user) return { ok: false, state: { status: "error", message: t("errors.signedOut"), values } };
  // With a scope, the role check comes first and the agency check once the input names the record.
  const allowedBeforeScope = spec.scope ? roleHasPermission(user.role, spec.permission) : can(user, spec.permission);
  if (!allowedBeforeScope) return { ok: false, state: { status: "error", message: t("errors.forbidden") } };

  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "_form");
      fieldErrors[field] ??= translateKey(t, issue.message);
    }
    return { ok: false, state: { status: "error", message: t("errors.checkFields"), fieldErrors, values } };
  }
  const input = parsed.data as z.output<S>;
  if (spec.scope && !can(user, spec.permission, await spec.scope(input, getDb()))) {
    return { ok: false, state: { status: "error", message: t("errors.forbidden") } };
  }
  return { ok: true, input, user, values };
}

/**
 * The first step of an action that cannot be undone (issuing a number): the same checks as
 * mutate(), errors under the fields as usual, and, when all is well, nothing written but a
 * redirect to the confirmation page, whose button posts the real action with these values.
 */
export async function confirmFirst<S extends z.ZodType>(
  data: FormData | Record<string, unknown>,
  spec: Pick<MutationSpec<S, unknown>, "schema" | "permission" | "scope"> & { confirmationUrl: (input: z.output<S>, values: Record<string, string>) => string },
): Promise<FormState> {
  const checked = await authorizeAndParse(await getTranslations(), data, spec);
  if (!checked.ok) return checked.state;
  redirect(spec.confirmationUrl(checked.input, checked.values));
}

/**
 * The one path every change takes: who is asking → may they → is the input valid →
 * change and audit row in one transaction → revalidate → a form state (or a redirect).
 * A server action is a public endpoint, so this runs the permission check itself
 * whatever page the action was rendered on.
 */
export async function mutate<S extends z.ZodType, R>(data: FormData | Record<string, unknown>, spec: MutationSpec<S, R>): Promise<FormState> {
  const t = await getTranslations();
  const checked = await authorizeAndParse(t, data, spec);
  if (!checked.ok) return checked.state;
  const { input, user, values } = checked;
  const db = getDb();

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
  if (spec.redirectTo) redirect(spec.redirectTo(result));
  return { status: "ok", message: spec.successMessage ? translateKey(t, spec.successMessage) : undefined };
}

type Translator = Awaited<ReturnType<typeof getTranslations>>;

function translateKey(t: Translator, key: string): string {
  return t.has(key) ? t(key) : t("validation.invalid");
}
