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
  // Conferences (issue: conferences). Who may see which conference is also scoped in
  // lib/conferences/visibility.ts: unit officers see only those their agency is invited to or that are published to all.
  "conferences.view",
  "conferences.manage",
  // Deleted conferences are only marked; the admin lists and restores them.
  "conferences.restore",
  "invitations.reply",
  "attendance.manage",
  // Directives and follow-up. Unit officers see and report only on tasks where their
  // agency leads or coordinates: lib/tasks/access.ts.
  "directives.view",
  "directives.record",
  "directives.approve",
  "tasks.assign",
  "tasks.report",
  "tasks.accept",
  "tasks.decide_extension",
  // Indicator reports. Unit officers enter only their own agency's values, only in a draft.
  "indicators.view",
  "indicators.manage",
  "indicators.plan",
  "reports.enter",
  "reports.approve",
  "reports.unlock",
  // Official documents (GM, BB, TB, BC): the secretariat and admins issue them; a unit
  // officer downloads those addressed to their agency (lib/documents/access.ts).
  "documents.view",
  "documents.issue",
] as const;
export type Permission = (typeof permissions)[number];

export const rolePermissions: Record<Role, readonly Permission[]> = {
  admin: [
    ...["directory.view", "agencies.manage", "people.manage", "users.manage", "audit.view"],
    ...["conferences.view", "conferences.manage", "conferences.restore", "invitations.reply", "attendance.manage"],
    ...["directives.view", "directives.record", "directives.approve", "tasks.assign", "tasks.accept", "tasks.decide_extension"],
    ...["indicators.view", "indicators.manage", "indicators.plan", "reports.enter", "reports.approve", "reports.unlock"],
    ...["documents.view", "documents.issue"],
  ] as Permission[],
  secretariat: [
    ...["directory.view", "people.manage", "conferences.view", "conferences.manage", "invitations.reply", "attendance.manage"],
    // The secretariat records directives and assigns on the leaders' behalf; approving the set is the leader's.
    ...["directives.view", "directives.record", "tasks.assign", "tasks.accept", "tasks.decide_extension"],
    // The secretariat consolidates and approves reports; the catalogue and unlocking are the admin's.
    ...["indicators.view", "indicators.plan", "reports.enter", "reports.approve"],
    ...["documents.view", "documents.issue"],
  ] as Permission[],
  leader: ["directory.view", "conferences.view", "directives.view", "directives.record", "directives.approve", "tasks.assign", "tasks.decide_extension", "indicators.view", "documents.view"],
  unit_officer: ["directory.view", "conferences.view", "invitations.reply", "directives.view", "tasks.report", "indicators.view", "reports.enter", "documents.view"],
  viewer: ["directory.view", "conferences.view", "directives.view", "indicators.view", "documents.view"],
};

/** Permissions a unit officer holds only for their own agency's records. */
const agencyScopedPermissions: ReadonlySet<Permission> = new Set<Permission>(["invitations.reply", "tasks.report", "reports.enter"]);

export interface PermissionSubject {
  role: Role;
  agencyId: number | null;
}

export interface PermissionScope {
  /** The agency the record belongs to (a task's lead unit, an invitation's agency). */
  agencyId?: number | null;
}

/** Whether the role holds the permission at all, before any agency scope is looked at. */
export function roleHasPermission(role: PermissionSubject["role"], permission: Permission): boolean {
  return rolePermissions[role].includes(permission);
}

export function can(user: PermissionSubject, permission: Permission, scope?: PermissionScope): boolean {
  if (!roleHasPermission(user.role, permission)) return false;
  if (user.role === "unit_officer" && agencyScopedPermissions.has(permission)) {
    return scope?.agencyId != null && scope.agencyId === user.agencyId;
  }
  return true;
}
