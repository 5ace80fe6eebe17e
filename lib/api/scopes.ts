import type { ApiTokenScope, Role } from "@/db/schema";
import { type Permission, roleHasPermission } from "@/lib/auth/permissions";

/** The write scopes and the permission each needs: a token is never given a write its owner's role could not make on a page. */
export const writeScopePermissions = {
  "tasks:write": "tasks.report",
  "reports:write": "reports.enter",
  "conferences:write": "conferences.manage",
} as const satisfies Record<Exclude<ApiTokenScope, "read">, Permission>;
export type WriteScope = keyof typeof writeScopePermissions;
export const writeScopes = Object.keys(writeScopePermissions) as WriteScope[];

export function writeScopesFor(role: Role): WriteScope[] {
  return writeScopes.filter((scope) => roleHasPermission(role, writeScopePermissions[scope]));
}
