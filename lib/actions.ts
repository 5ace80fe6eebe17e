import "server-only";
import { revalidatePath } from "next/cache";
import { noteDataChanged } from "@/lib/cache/recent-results";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import type { z } from "zod";
import { type Db, getDb } from "@/db/client";
import { type AuditEntry, requestMetaFrom, writeAudit } from "@/lib/audit";
import { can, type Permission, type PermissionScope, roleHasPermission } from "@/lib/auth/permissions";
import { type CurrentUser, getCurrentUser } from "@/lib/auth/session";
import { ConflictError, isUniqueViolation, NotFoundError, UserFacingError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { requestLogger } from "@/lib/logger";
import { requestIdFrom } from "@/lib/request/request-id";
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

/** A change's rules, shared by its server action and its /api/v1 handler (one schema, one command). */
export type MutationCore<S extends z.ZodType, R> = Pick<MutationSpec<S, R>, "schema" | "permission" | "scope" | "run">;

/** What became of a change, before anyone words it for a form or an API client. */
export type MutationOutcome<R> =
  | { status: "ok"; result: R }
  | { status: "forbidden" }
  | { status: "invalid"; issues: { path: PropertyKey[]; messageKey: string }[] }
  | { status: "refused"; messageKey: string; field?: string; conflict: boolean; notFound: boolean }
  | { status: "duplicate" };

type CheckOutcome<S extends z.ZodType> =
  | { status: "checked"; input: z.output<S> }
  | Extract<MutationOutcome<never>, { status: "forbidden" | "invalid" }>;

/** May they → is the input valid, writing nothing: the first half of runMutation, and all of confirmFirst. */
async function checkMutation<S extends z.ZodType>(
  user: CurrentUser,
  raw: Record<string, unknown>,
  spec: Pick<MutationSpec<S, unknown>, "schema" | "permission" | "scope">,
): Promise<CheckOutcome<S>> {
  // With a scope, the role check comes first and the agency check once the input names the record.
  const allowedBeforeScope = spec.scope ? roleHasPermission(user.role, spec.permission) : can(user, spec.permission);
  if (!allowedBeforeScope) return { status: "forbidden" };

  const parsed = spec.schema.safeParse(raw);
  if (!parsed.success) {
    return { status: "invalid", issues: parsed.error.issues.map((issue) => ({ path: issue.path, messageKey: issue.message })) };
  }
  const input = parsed.data as z.output<S>;
  if (spec.scope && !can(user, spec.permission, await spec.scope(input, getDb()))) return { status: "forbidden" };
  return { status: "checked", input };
}

/**
 * May they → is the input valid → change and audit row in one transaction. The user is given
 * (a session's or an API token's owner), so pages and the API share every check. Unexpected
 * errors propagate.
 */
export async function runMutation<S extends z.ZodType, R>(
  user: CurrentUser,
  raw: Record<string, unknown>,
  spec: MutationCore<S, R>,
  meta: AuditEntry["meta"],
): Promise<MutationOutcome<R>> {
  const checked = await checkMutation(user, raw, spec);
  if (checked.status !== "checked") return checked;
  const { input } = checked;
  const db = getDb();

  try {
    const result = await db.transaction(async (tx) => {
      const audit: AuditFn = (entry) => writeAudit(tx, { ...entry, actorId: user.id, actorUsername: user.username, meta });
      return spec.run({ tx, input, user, audit });
    });
    // Memoised read models on this server (the overview's counts) must not outlive the change.
    noteDataChanged();
    return { status: "ok", result };
  } catch (error) {
    if (error instanceof UserFacingError) {
      return {
        status: "refused",
        messageKey: error.messageKey,
        field: error.field,
        conflict: error instanceof ConflictError,
        notFound: error instanceof NotFoundError,
      };
    }
    if (isUniqueViolation(error)) return { status: "duplicate" };
    throw error;
  }
}

/**
 * The one path every change takes from a form: who is asking → runMutation (may they → is the
 * input valid → change and audit row in one transaction) → revalidate → a form state (or a
 * redirect). A server action is a public endpoint, so this runs the permission check itself
 * whatever page the action was rendered on.
 */
export async function mutate<S extends z.ZodType, R>(data: FormData | Record<string, unknown>, spec: MutationSpec<S, R>): Promise<FormState> {
  const t = await getTranslations();
  const raw = formDataToObject(data);
  const values = echoValues(raw, spec.secretFields);

  const user = await getCurrentUser();
  if (!user) return { status: "error", message: t("errors.signedOut"), values };
  const requestHeaders = await headers();
  const outcome = await runMutation(user, raw, spec, requestMetaFrom(requestHeaders));
  switch (outcome.status) {
    case "forbidden":
    case "invalid":
      return checkRefusal(t, outcome, values);
    case "refused": {
      const message = translateKey(t, outcome.messageKey);
      return outcome.field
        ? { status: "error", message: t("errors.checkFields"), fieldErrors: { [outcome.field]: message }, values }
        : { status: "error", message, values };
    }
    case "duplicate":
      return { status: "error", message: t("errors.duplicate"), values };
  }

  requestLogger({ requestId: requestIdFrom(requestHeaders), userId: user.id }).info({ permission: spec.permission }, "change saved");
  for (const path of spec.revalidate ?? []) revalidatePath(path);
  // After a redirect the message rides along (?notice=key) and the app shell shows it on arrival.
  if (spec.redirectTo) {
    const to = spec.redirectTo(outcome.result);
    redirect(spec.successMessage ? withNotice(to, spec.successMessage) : to);
  }
  return { status: "ok", message: spec.successMessage ? translateKey(t, spec.successMessage) : undefined };
}

/**
 * The first step of an action that cannot be undone (issuing a number): the same checks as
 * mutate(), errors under the fields as usual, and, when all is well, nothing written but a
 * redirect to the confirmation page, whose button posts the real action with these values.
 */
export async function confirmFirst<S extends z.ZodType>(
  data: FormData | Record<string, unknown>,
  spec: Pick<MutationSpec<S, unknown>, "schema" | "permission" | "scope"> & {
    confirmationUrl: (input: z.output<S>, values: Record<string, string>) => string;
  },
): Promise<FormState> {
  const t = await getTranslations();
  const raw = formDataToObject(data);
  const values = echoValues(raw);
  const user = await getCurrentUser();
  if (!user) return { status: "error", message: t("errors.signedOut"), values };
  const checked = await checkMutation(user, raw, spec);
  if (checked.status !== "checked") return checkRefusal(t, checked, values);
  redirect(spec.confirmationUrl(checked.input, values));
}

type Translator = Awaited<ReturnType<typeof getTranslations>>;

/** A refused check in a form's words: "not allowed", or each field's first error under it. */
function checkRefusal(
  t: Translator,
  outcome: Extract<MutationOutcome<never>, { status: "forbidden" | "invalid" }>,
  values: Record<string, string>,
): FormState {
  if (outcome.status === "forbidden") return { status: "error", message: t("errors.forbidden") };
  const fieldErrors: Record<string, string> = {};
  for (const issue of outcome.issues) {
    const field = String(issue.path[0] ?? "_form");
    fieldErrors[field] ??= translateKey(t, issue.messageKey);
  }
  return { status: "error", message: t("errors.checkFields"), fieldErrors, values };
}

function translateKey(t: Translator, key: string): string {
  return t.has(key) ? t(key) : t("validation.invalid");
}
