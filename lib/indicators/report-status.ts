import { todayInVietnam } from "@/lib/tasks/status";

/* Pure rules about a report's status, shared by commands, queries and pages. */

/**
 * Late when submitted on a day (in Vietnam) after the deadline day; a report not yet submitted
 * is late once the deadline day has passed. `today` is yyyy-MM-dd in Vietnam.
 */
export function isLate(dueOn: string | null, submittedAt: Date | null, today?: string): boolean {
  if (!dueOn) return false;
  if (submittedAt) return todayInVietnam(submittedAt) > dueOn;
  return today !== undefined && today > dueOn;
}
