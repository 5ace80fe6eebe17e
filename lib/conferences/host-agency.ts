/**
 * Whether a conference still to come is hosted by an agency that no longer exists on its day
 * (merged into a successor or stopped before it): the page flags it so the secretariat
 * changes the host. Conferences already held keep the host in force on their day.
 */
export function hostGoneOnConferenceDay(hostValidTo: string | null, conferenceDay: string, today: string): boolean {
  return hostValidTo !== null && conferenceDay >= today && hostValidTo < conferenceDay;
}
