/** Pure rules of attendance: lateness and leaving early are derived from the times, never stored. */

export function isLate(checkedInAt: Date, startsAt: Date): boolean {
  return checkedInAt.getTime() > startsAt.getTime();
}

export function leftEarly(leftAt: Date | null, endsAt: Date): boolean {
  return leftAt !== null && leftAt.getTime() < endsAt.getTime();
}
