import { and, eq, inArray, ne, or, type SQL } from "drizzle-orm";
import type { Db } from "@/db/client";
import { type NotificationKind, notificationSettings, type Role, roles, users } from "@/db/schema";
import { type Permission, roleHasPermission } from "@/lib/auth/permissions";

/**
 * Who hears of an event, said the way the objects are scoped:
 * - `agencies`: the unit officers of these units: the same units that make the object visible
 *   to them (a task's task_agencies rows, an invitation's agency, a document's recipients);
 * - `permission`: everyone whose role holds it and sees every object of the kind (all roles
 *   but unit officers), read from the one role → permission table. Admins hold every
 *   permission in order to repair things, not to do the daily work, so they are left out;
 * - `people`: accounts linked to these directory people (an invited guest, the chair), again
 *   not unit officers, who see only what their unit sees.
 */
export interface Audience {
  agencies?: readonly number[];
  permission?: Permission;
  people?: readonly number[];
}

export interface Recipient {
  userId: number;
  role: Role;
  agencyId: number | null;
  email: string | null;
  dailyDigest: boolean;
  mutedKinds: NotificationKind[];
}

/** The roles (not unit officers, not admins) that hold a permission, from the permissions table. */
export function rolesHolding(permission: Permission): Role[] {
  return roles.filter((role) => role !== "unit_officer" && role !== "admin" && roleHasPermission(role, permission));
}

function audienceCondition(audience: Audience): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  const agencyIds = [...new Set(audience.agencies ?? [])];
  if (agencyIds.length > 0) parts.push(and(eq(users.role, "unit_officer"), inArray(users.agencyId, agencyIds)));
  const roleList = audience.permission ? rolesHolding(audience.permission) : [];
  if (roleList.length > 0) parts.push(inArray(users.role, roleList));
  const personIds = [...new Set(audience.people ?? [])];
  if (personIds.length > 0) parts.push(and(ne(users.role, "unit_officer"), inArray(users.personId, personIds)));
  const present = parts.filter((part): part is SQL => part !== undefined);
  return present.length > 0 ? or(...present) : undefined;
}

/** Active accounts in the audience with their e-mail choices, without the one who acted. */
export async function findRecipients(db: Db, audience: Audience, exceptUserId: number | null): Promise<Recipient[]> {
  const condition = audienceCondition(audience);
  if (!condition) return [];
  return db
    .select({
      userId: users.id,
      role: users.role,
      agencyId: users.agencyId,
      email: notificationSettings.email,
      dailyDigest: notificationSettings.dailyDigest,
      mutedKinds: notificationSettings.mutedKinds,
    })
    .from(users)
    .leftJoin(notificationSettings, eq(notificationSettings.userId, users.id))
    .where(and(eq(users.active, true), condition, exceptUserId === null ? undefined : ne(users.id, exceptUserId)))
    .orderBy(users.id)
    .then((rows) => rows.map((row) => ({ ...row, dailyDigest: row.dailyDigest ?? false, mutedKinds: row.mutedKinds ?? [] })));
}
