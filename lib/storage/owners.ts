import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agendaItems, taskEvents } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { loadVisibleConference } from "@/lib/conferences/access";
import { agencyRoleInTask, loadVisibleTask } from "@/lib/tasks/access";

/**
 * What a file can be attached to, and whose permission it needs. A download or a change
 * asks the owner, never the file: a file is exactly as visible as the conference (or
 * agenda item, later task or report) it belongs to. A new owner type adds one entry.
 */
export type FileUser = Pick<CurrentUser, "role" | "agencyId">;

export interface RevalidateTarget {
  path: string;
  type?: "page" | "layout";
}

export interface FileOwner {
  canView(db: Db, user: FileUser, ownerId: number): Promise<boolean>;
  canChange(db: Db, user: FileUser, ownerId: number): Promise<boolean>;
  /** The page(s) that list this owner's files, refreshed after an upload or a delete. */
  revalidatePath(ownerId: number): RevalidateTarget;
}

async function canViewConference(db: Db, user: FileUser, conferenceId: number): Promise<boolean> {
  return (await loadVisibleConference(db, conferenceId, user)) !== null;
}

async function canChangeConference(db: Db, user: FileUser, conferenceId: number): Promise<boolean> {
  return can(user, "conferences.manage") && canViewConference(db, user, conferenceId);
}

async function conferenceOfAgendaItem(db: Db, agendaItemId: number): Promise<number | null> {
  if (!Number.isInteger(agendaItemId) || agendaItemId <= 0) return null;
  const [row] = await db.select({ conferenceId: agendaItems.conferenceId }).from(agendaItems).where(eq(agendaItems.id, agendaItemId)).limit(1);
  return row?.conferenceId ?? null;
}

const conferenceOwner: FileOwner = {
  canView: canViewConference,
  canChange: canChangeConference,
  // The layout, so every tab of the conference (its files may be shown on any of them) is refreshed.
  revalidatePath: (conferenceId) => ({ path: `/conferences/${conferenceId}`, type: "layout" }),
};

const agendaItemOwner: FileOwner = {
  async canView(db, user, agendaItemId) {
    const conferenceId = await conferenceOfAgendaItem(db, agendaItemId);
    return conferenceId !== null && canViewConference(db, user, conferenceId);
  },
  async canChange(db, user, agendaItemId) {
    if (!can(user, "conferences.manage")) return false;
    const conferenceId = await conferenceOfAgendaItem(db, agendaItemId);
    return conferenceId !== null && canViewConference(db, user, conferenceId);
  },
  // The item's conference is not known without a query; every page under /conferences is refreshed instead.
  revalidatePath: () => ({ path: "/conferences", type: "layout" }),
};

async function visibleTaskOfEvent(db: Db, user: FileUser, eventId: number) {
  if (!Number.isInteger(eventId) || eventId <= 0) return null;
  const [row] = await db.select({ taskId: taskEvents.taskId }).from(taskEvents).where(eq(taskEvents.id, eventId)).limit(1);
  return row ? loadVisibleTask(db, row.taskId, user) : null;
}

/** Evidence on a task's history entry: seen with the task; added by its lead or coordinating unit, or the secretariat. */
const taskEventOwner: FileOwner = {
  async canView(db, user, eventId) {
    return (await visibleTaskOfEvent(db, user, eventId)) !== null;
  },
  async canChange(db, user, eventId) {
    const task = await visibleTaskOfEvent(db, user, eventId);
    if (!task) return false;
    if (can(user, "tasks.accept")) return true;
    // Only a unit officer reports for a unit; a viewer who belongs to the unit does not.
    return can(user, "tasks.report", { agencyId: user.agencyId }) && (await agencyRoleInTask(db, task, user.agencyId)) !== null;
  },
  revalidatePath: () => ({ path: "/tasks", type: "layout" }),
};

export const fileOwners = {
  conference: conferenceOwner,
  agenda_item: agendaItemOwner,
  task_event: taskEventOwner,
} as const satisfies Record<string, FileOwner>;

export type FileOwnerType = keyof typeof fileOwners;
export const fileOwnerTypes = Object.keys(fileOwners) as [FileOwnerType, ...FileOwnerType[]];

export function isFileOwnerType(value: string): value is FileOwnerType {
  return Object.hasOwn(fileOwners, value);
}

/** The owner entry for a stored row's ownerType; null for a type no longer registered (its files are then unreachable, not public). */
export function fileOwner(ownerType: string): FileOwner | null {
  return isFileOwnerType(ownerType) ? fileOwners[ownerType] : null;
}
