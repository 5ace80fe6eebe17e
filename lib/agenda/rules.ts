/**
 * Pure rules of an agenda: when each item starts and whether the whole runs past the
 * conference's end. An item's start is its own explicit time when given, otherwise the
 * previous item's start plus its duration; an item without either has no known start.
 */
export interface TimedItem {
  id: number;
  startsAt: Date | null;
  durationMinutes: number | null;
}

export interface ComputedItem {
  id: number;
  /** The explicit or derived start, null when it cannot be known. */
  start: Date | null;
  /** start + duration, null when either is unknown. */
  end: Date | null;
  derived: boolean;
}

const MINUTE = 60_000;

export function computeAgendaTimes(items: readonly TimedItem[], conferenceStart: Date): ComputedItem[] {
  const result: ComputedItem[] = [];
  // The first item without an explicit time opens the conference.
  let nextStart: Date | null = conferenceStart;
  for (const item of items) {
    const start: Date | null = item.startsAt ?? nextStart;
    const end: Date | null = start && item.durationMinutes ? new Date(start.getTime() + item.durationMinutes * MINUTE) : null;
    result.push({ id: item.id, start, end, derived: item.startsAt === null && start !== null });
    nextStart = end;
  }
  return result;
}

export interface Overrun {
  /** Ids of items that start before the conference, or end (or start) after it ends. */
  itemIds: number[];
  /** The latest known end of the agenda. */
  agendaEnd: Date | null;
}

/** Items outside the conference's window; null when everything fits. */
export function findOverrun(items: readonly TimedItem[], window: { startsAt: Date; endsAt: Date }): Overrun | null {
  const computed = computeAgendaTimes(items, window.startsAt);
  const itemIds: number[] = [];
  let agendaEnd: Date | null = null;
  for (const item of computed) {
    const last = item.end ?? item.start;
    if (last && (!agendaEnd || last > agendaEnd)) agendaEnd = last;
    const startsEarly = item.start !== null && item.start < window.startsAt;
    const endsLate = last !== null && last > window.endsAt;
    if (startsEarly || endsLate) itemIds.push(item.id);
  }
  return itemIds.length > 0 ? { itemIds, agendaEnd } : null;
}

/** True when the proposed order is exactly the current items, each once (a reorder must not add, drop or repeat). */
export function sameItemSet(current: readonly number[], proposed: readonly number[]): boolean {
  if (current.length !== proposed.length) return false;
  const remaining = new Set(current);
  for (const id of proposed) if (!remaining.delete(id)) return false;
  return remaining.size === 0;
}

/** Moves the item at `from` to `to`, returning a new array. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const copy = [...list];
  if (from < 0 || from >= copy.length || to < 0 || to >= copy.length) return copy;
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved);
  return copy;
}

/**
 * "08:30" on the conference's local day (Asia/Ho_Chi_Minh, UTC+7 all year, no daylight
 * saving) as an instant; undefined for a malformed time.
 */
export function timeOnConferenceDay(time: string, conferenceStart: Date): Date | undefined {
  const match = /^([01]?\d|2[0-3])[:hH.]([0-5]\d)$/.exec(time.trim());
  if (!match) return undefined;
  const local = new Date(conferenceStart.getTime() + VN_OFFSET);
  const utcMidnightOfLocalDay = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return new Date(utcMidnightOfLocalDay - VN_OFFSET + (Number(match[1]) * 60 + Number(match[2])) * MINUTE);
}

export const VN_OFFSET = 7 * 60 * MINUTE;
