import type { Role } from "@/db/schema";

/**
 * The one table from roles to permissions. Pages, route handlers and server actions
 * all ask `can()`; navigation is derived from it, so what a role cannot do is absent
 * from its screens and refused by the server for the same reason.
 */
export const permissions = [
  "directory.view",
  "agencies.manage",
  "people.manage",
  "users.manage",
  "audit.view",
] as const;
export type Permission = (typeof permissions)[number];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: ["directory.view", "agencies.manage", "people.manage", "users.manage", "audit.view"],
  secretariat: ["directory.view", "people.manage"],
  leader: ["directory.view"],
  unit_officer: ["directory.view"],
  viewer: ["directory.view"],
};

/** Permissions a unit officer holds only for their own agency's records. */
const agencyScopedPermissions: ReadonlySet<Permission> = new Set<Permission>([]);

export interface PermissionSubject {
  role: Role;
  agencyId: number | null;
}

export interface PermissionScope {
  /** The agency the record belongs to (a task's lead unit, an invitation's agency). */
  agencyId?: number | null;
}

export function can(user: PermissionSubject, permission: Permission, scope?: PermissionScope): boolean {
  if (!rolePermissions[user.role].includes(permission)) return false;
  if (user.role === "unit_officer" && agencyScopedPermissions.has(permission)) {
    return scope?.agencyId != null && scope.agencyId === user.agencyId;
  }
  return true;
}
