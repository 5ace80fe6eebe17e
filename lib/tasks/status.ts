import { setBounded } from "@/lib/cache/bounded-memo";

/**
 * Derived status of a task (nhiệm vụ) under QĐ 42/2014/QĐ-TTg as amended by QĐ 23/2018/QĐ-TTg.
 *
 * The status is never stored: a stored "trong hạn" silently turns false at midnight, so every
 * screen and report derives it from the deadline, the accepted completion date and today's
 * date in Vietnam. All dates here are calendar dates ("yyyy-MM-dd"), never instants, so no
 * time zone arithmetic happens after `todayInVietnam` has picked the day.
 */

export type TaskStatus = "completed_on_time" | "completed_late" | "open_within_deadline" | "open_overdue" | "ongoing";

/** Every status, in the order reports list them. */
export const TASK_STATUSES: readonly TaskStatus[] = [
  "completed_on_time",
  "completed_late",
  "open_within_deadline",
  "open_overdue",
  "ongoing",
];

/** The exact wording of the decision, so exports and screens match the official report forms. */
export const TASK_STATUS_LABELS_VI: Readonly<Record<TaskStatus, string>> = {
  completed_on_time: "Đã hoàn thành đúng hạn",
  completed_late: "Đã hoàn thành quá hạn",
  open_within_deadline: "Chưa hoàn thành, trong hạn",
  open_overdue: "Chưa hoàn thành, quá hạn",
  ongoing: "Thường xuyên",
};

export type TaskStatusTone = "green" | "yellow" | "red" | "blue" | "grey";

const TONES: Readonly<Record<TaskStatus, TaskStatusTone>> = {
  completed_on_time: "green",
  completed_late: "yellow",
  open_within_deadline: "blue",
  open_overdue: "red",
  ongoing: "grey",
};

/** Badge colour: red is kept for what still needs action (open and overdue). */
export function taskStatusTone(status: TaskStatus): TaskStatusTone {
  return TONES[status];
}

/** The dates a task's status is derived from; any task row has them, so it is passed as it is. */
export interface TaskDates {
  /** Current deadline (after any approved extension); null = "thường xuyên". */
  deadline: string | null;
  /** Deadline before any approved extension; equal to `deadline` when never extended. */
  originalDeadline: string | null;
  /** Day the secretariat accepted completion (not the day the unit claimed it); null = open. */
  completedOn: string | null;
}

export interface DerivedTaskStatus {
  status: TaskStatus;
  /**
   * The reference day (completion day, or today while open) is after the original deadline.
   * Extensions move `deadline` but the decision still wants lateness against the original
   * deadline reported, so this is true whether or not the extended deadline was kept.
   */
  lateAgainstOriginal: boolean;
  /**
   * Whole days past the current deadline: for an open overdue task, up to today; for a task
   * completed late, up to the completion day (how late it was). 0 otherwise.
   */
  daysOverdue: number;
  /** Whole days until the deadline for an open task within it (0 = due today); null otherwise. */
  daysLeft: number | null;
}

const MS_PER_DAY = 86_400_000;

/**
 * Day numbers already worked out: a board or list derives four dates for each of its tasks,
 * and they repeat (today, common deadlines). Parsing one costs about a microsecond; a
 * conference's page spent 1 % of its CPU on it. Only valid dates are kept, at most a few
 * thousand (about ten years of days).
 */
const knownDays = new Map<string, number>();
const MAX_KNOWN_DAYS = 4_000;

/** Day number of a yyyy-MM-dd calendar date; throws on anything that is not a real date. */
function dayNumber(value: string, field: string): number {
  const known = knownDays.get(value);
  if (known !== undefined) return known;
  const parsed = parseDayNumber(value, field);
  setBounded(knownDays, value, parsed, MAX_KNOWN_DAYS);
  return parsed;
}

function parseDayNumber(value: string, field: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const time = Date.UTC(year, month - 1, day);
    const date = new Date(time);
    // Date.UTC rolls 2025-02-30 over to March; refuse it instead of deriving a wrong status.
    if (date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day) {
      return time / MS_PER_DAY;
    }
  }
  throw new RangeError(`${field} must be a calendar date yyyy-MM-dd, got "${value}"`);
}

/** The status of `task` on `day` (today in Asia/Ho_Chi_Minh, see `todayInVietnam`, or the day a review looks back to). */
export function deriveTaskStatus(task: TaskDates, day: string): DerivedTaskStatus {
  const today = dayNumber(day, "today");
  const deadline = task.deadline === null ? null : dayNumber(task.deadline, "deadline");
  const original = task.originalDeadline === null ? null : dayNumber(task.originalDeadline, "originalDeadline");
  const completed = task.completedOn === null ? null : dayNumber(task.completedOn, "completedOn");

  // Lateness is judged on the acceptance day once completed, on today while still open.
  const reference = completed ?? today;
  const lateAgainstOriginal = original !== null && reference > original;

  if (deadline === null) {
    // An ongoing task has no deadline to miss, so finishing it can only be on time.
    return { status: completed === null ? "ongoing" : "completed_on_time", lateAgainstOriginal, daysOverdue: 0, daysLeft: null };
  }
  if (completed !== null) {
    // Completing on the deadline day itself is on time: the deadline is the last allowed day.
    return completed <= deadline
      ? { status: "completed_on_time", lateAgainstOriginal, daysOverdue: 0, daysLeft: null }
      : { status: "completed_late", lateAgainstOriginal, daysOverdue: completed - deadline, daysLeft: null };
  }
  // A task due today is still within its deadline until the day is over.
  return today <= deadline
    ? { status: "open_within_deadline", lateAgainstOriginal, daysOverdue: 0, daysLeft: deadline - today }
    : { status: "open_overdue", lateAgainstOriginal, daysOverdue: today - deadline, daysLeft: null };
}

export { todayInVietnam } from "@/lib/format";

export interface OnTimeCompletionRate {
  /** Tasks completed, on time or late. */
  completed: number;
  /** Of which completed on time. */
  onTime: number;
  /** Percentage with exactly two decimals ("66.67"), rounded half up; null when nothing is completed. */
  rate: string | null;
}

/**
 * Share of completed tasks that were completed on time. Open and ongoing tasks are left out:
 * the rate measures how completions went, not how much is still pending. Computed on
 * integers so that the figure printed in a report never carries binary floating point drift.
 */
export function onTimeCompletionRate(statuses: readonly TaskStatus[]): OnTimeCompletionRate {
  const onTime = statuses.filter((status) => status === "completed_on_time").length;
  const late = statuses.filter((status) => status === "completed_late").length;
  return onTimeRateFromCounts(onTime, late);
}

/** The same rate from counts already made in the database (the overview's GROUP BY). */
export function onTimeRateFromCounts(onTime: number, late: number): OnTimeCompletionRate {
  const completed = onTime + late;
  if (completed === 0) return { completed, onTime, rate: null };
  // Hundredths of a percent: onTime / completed × 100 × 100, rounded half up.
  const scaled = onTime * 10_000;
  let hundredths = Math.floor(scaled / completed);
  if ((scaled % completed) * 2 >= completed) hundredths += 1;
  const rate = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
  return { completed, onTime, rate };
}
