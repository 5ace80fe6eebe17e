
/*
 * Pure rules of the directory: validity periods, the agency tree, cycle checks and the
 * accent-insensitive search. No database, no Next: tested directly.
 *
 * Dates are calendar dates as yyyy-MM-dd strings (what PostgreSQL `date` and
 * <input type="date"> use); in that form string order is date order.
 *
 * One convention for closing an agency, used everywhere: `validTo` is the LAST day the
 * agency exists (inclusive, as the label "Hoạt động đến ngày" says). Merging "from
 * 01/03/2025" or stopping "from 01/03/2025" therefore stores validTo = 28/02/2025, and
 * the status line shows the first day without the agency (validTo + 1): the date the
 * clerk typed.
 */

import { compareVi } from "@/lib/collation";

export interface ValidityPeriod {
  validFrom: string | null;
  validTo: string | null;
}

export { todayInVietnam } from "@/lib/format";

/** The calendar date `days` after (or before, if negative) a yyyy-MM-dd date. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** Whether the agency exists on `date`: both ends of the period are inclusive and optional. */
export function isActiveOn(agency: ValidityPeriod, date: string): boolean {
  return (agency.validFrom === null || agency.validFrom <= date) && (agency.validTo === null || agency.validTo >= date);
}

/** The first day the agency no longer exists (the merge or stop date a clerk entered), or null if it has no end. */
export function firstDayClosed(agency: Pick<ValidityPeriod, "validTo">): string | null {
  return agency.validTo === null ? null : addDays(agency.validTo, 1);
}

/** The `validTo` to store when an agency stops (or is merged) from `date`: the day before. */
export function lastDayBefore(date: string): string {
  return addDays(date, -1);
}

export type AgencyStatus = "active" | "pending" | "closed";

/** Active today, not yet started (validFrom in the future), or closed (validTo in the past). */
export function agencyStatus(agency: ValidityPeriod, today: string): AgencyStatus {
  if (agency.validTo !== null && agency.validTo < today) return "closed";
  if (agency.validFrom !== null && agency.validFrom > today) return "pending";
  return "active";
}

// ---------------------------------------------------------------------------
// Tree

export interface TreeItem {
  id: number;
  parentId: number | null;
  name: string;
}

export interface TreeNode<T extends TreeItem> {
  item: T;
  depth: number;
  children: TreeNode<T>[];
}

const byName = <T extends TreeItem>(a: T, b: T) => compareVi(a.name, b.name) || a.id - b.id;

/**
 * Builds the parent → children tree from a flat list, siblings sorted by name. An item
 * whose parent is not in the list becomes a root. Items caught in a parent cycle (which
 * the forms refuse, but the database alone cannot rule out) are shown as roots too,
 * once each, rather than lost or looped over forever.
 */
export function buildTree<T extends TreeItem>(items: readonly T[]): TreeNode<T>[] {
  const ids = new Set(items.map((item) => item.id));
  const childrenOf = new Map<number, T[]>();
  for (const item of items) {
    if (item.parentId === null || !ids.has(item.parentId)) continue;
    const siblings = childrenOf.get(item.parentId) ?? [];
    siblings.push(item);
    childrenOf.set(item.parentId, siblings);
  }
  const placed = new Set<number>();
  const grow = (item: T, depth: number): TreeNode<T> => {
    placed.add(item.id);
    const children = (childrenOf.get(item.id) ?? [])
      .filter((child) => !placed.has(child.id))
      .sort(byName)
      .map((child) => grow(child, depth + 1));
    return { item, depth, children };
  };
  const sorted = [...items].sort(byName);
  const roots = sorted.filter((item) => item.parentId === null || !ids.has(item.parentId)).map((item) => grow(item, 0));
  for (const item of sorted) if (!placed.has(item.id)) roots.push(grow(item, 0));
  return roots;
}

/** The ancestors of an item, nearest first, stopping at a missing parent or a cycle. */
export function ancestorsOf<T extends TreeItem>(id: number, byId: ReadonlyMap<number, T>): T[] {
  const path: T[] = [];
  const seen = new Set<number>([id]);
  let parentId = byId.get(id)?.parentId ?? null;
  while (parentId !== null && !seen.has(parentId)) {
    const parent = byId.get(parentId);
    if (!parent) break;
    path.push(parent);
    seen.add(parentId);
    parentId = parent.parentId;
  }
  return path;
}

/** Every item below `id` (children, grandchildren, …), not including `id` itself. */
export function descendantIds(id: number, items: readonly Pick<TreeItem, "id" | "parentId">[]): Set<number> {
  const childrenOf = new Map<number, number[]>();
  for (const item of items) {
    if (item.parentId === null) continue;
    childrenOf.set(item.parentId, [...(childrenOf.get(item.parentId) ?? []), item.id]);
  }
  const found = new Set<number>();
  const queue = [...(childrenOf.get(id) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift() as number;
    if (next === id || found.has(next)) continue;
    found.add(next);
    queue.push(...(childrenOf.get(next) ?? []));
  }
  return found;
}

/**
 * Would making `parentId` the parent of `id` close a loop? True when it is the agency
 * itself or one of its descendants. `id` is null for a new agency, which has no
 * descendants yet, so any existing parent is fine.
 */
export function wouldCreateCycle(id: number | null, parentId: number | null, items: readonly Pick<TreeItem, "id" | "parentId">[]): boolean {
  if (id === null || parentId === null) return false;
  return parentId === id || descendantIds(id, items).has(parentId);
}

/** The ids to show in the tree: the visible ones plus their ancestors, so a live unit under a dissolved parent keeps its place. */
export function withAncestors<T extends TreeItem>(visible: readonly T[], byId: ReadonlyMap<number, T>): T[] {
  const ids = new Set(visible.map((item) => item.id));
  for (const item of visible) for (const ancestor of ancestorsOf(item.id, byId)) ids.add(ancestor.id);
  return [...byId.values()].filter((item) => ids.has(item.id));
}

/**
 * The agencies a form may offer (a parent, a successor, a person's agency): not closed
 * today, minus `excludeIds`; `keepId` (the current value) stays even if closed, so an
 * edit form shows the truth instead of silently changing it.
 */
export function selectableAgencies<T extends TreeItem & ValidityPeriod>(
  all: readonly T[],
  today: string,
  { excludeIds = new Set<number>(), keepId = null }: { excludeIds?: ReadonlySet<number>; keepId?: number | null } = {},
): T[] {
  return all.filter((agency) => agency.id === keepId || (!excludeIds.has(agency.id) && agencyStatus(agency, today) !== "closed"));
}

// ---------------------------------------------------------------------------
// Search

import { foldForSearch } from "@/lib/text";

export { foldForSearch };

// ---------------------------------------------------------------------------
// Route parameters

/** A route id that is a positive 32-bit integer, or null (then the page is "not found", never a database error). */
export function parseRouteId(value: string | undefined): number | null {
  if (value === undefined || !/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id >= 1 && id <= 2_147_483_647 ? id : null;
}
