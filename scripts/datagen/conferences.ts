import { addCount, DAY_MS, dayOf, type GenContext, takeIds, vnTime, workingDay } from "./context";
import { AGENDA_TITLES, conferenceTitle, DISTRICTS, personName, VENUES } from "./words";

/*
 * Conferences over the years, oldest first (ids grow with time, as in a real register), each
 * with its invitations and replies, agenda, status history, attendance once held, and bridge
 * points when online. Written in batches of COPY so a hundred thousand conferences and their
 * two million child rows never sit in memory together.
 */

/** What the directives step needs to know about a concluded conference. */
export interface ConcludedConference {
  id: number;
  kind: Kind;
  day: number;
  hostAgencyId: number;
  chairPersonId: number | null;
  conclusionItemId: number;
  invited: number[];
}

type Kind = "mid_year_review" | "annual_review" | "regular_briefing" | "thematic" | "other";
const KIND_WEIGHTS = [
  ["regular_briefing", 50],
  ["thematic", 20],
  ["other", 10],
  ["mid_year_review", 10],
  ["annual_review", 10],
] as const;
const INVITED: Record<Kind, [number, number]> = { annual_review: [10, 25], mid_year_review: [8, 15], regular_briefing: [3, 6], thematic: [4, 10], other: [3, 6] };
const BATCH = 10_000;

const mm = (n: number) => String(n).padStart(2, "0");

function plan(ctx: GenContext, hosts: number[]): { kind: Kind; day: number; hour: number; host: number }[] {
  const { rng, scale, endYear } = ctx;
  const firstYear = endYear - scale.years + 1;
  const specs: { kind: Kind; day: number; hour: number; host: number }[] = [];
  for (let i = 0; i < scale.conferences; i++) {
    const kind = rng.weighted(KIND_WEIGHTS);
    const year = rng.int(firstYear, endYear);
    let day: number;
    if (kind === "mid_year_review") day = dayOf(year, 7, rng.int(1, 20));
    else if (kind === "annual_review") day = dayOf(year, 12, rng.int(10, 30));
    else if (kind === "regular_briefing") day = dayOf(year, rng.int(1, 12), rng.int(1, 10));
    else day = dayOf(year, 1, 1) + rng.int(0, 364);
    specs.push({ kind, day: workingDay(day), hour: rng.pick([7.5, 8, 8, 9, 13.5, 14, 14]), host: rng.pick(hosts) });
  }
  return specs.sort((a, b) => a.day - b.day || a.hour - b.hour);
}

function periods(kind: Kind, day: number): [string | null, string | null] {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  if (kind === "mid_year_review") return [`${year}-H1`, `${year}-H2`];
  if (kind === "annual_review") return [`${year}-Y`, `${year + 1}-Y`];
  if (kind === "regular_briefing") {
    const month = date.getUTCMonth() + 1;
    return month === 1 ? [`${year - 1}-M12`, `${year}-M01`] : [`${year}-M${mm(month - 1)}`, `${year}-M${mm(month)}`];
  }
  return [null, null];
}

function statusFor(ctx: GenContext, day: number): string {
  const { rng, today } = ctx;
  if (day > today) return rng.weighted([["scheduled", 70], ["draft", 25], ["postponed", 5]] as const);
  if (day > today - 30) return rng.weighted([["held", 50], ["concluded", 40], ["cancelled", 5], ["postponed", 5]] as const);
  return rng.weighted([["concluded", 55], ["closed", 27], ["held", 10], ["cancelled", 5], ["postponed", 3]] as const);
}

export async function generateConferences(ctx: GenContext, hosts: number[]): Promise<ConcludedConference[]> {
  const { rng, target, today } = ctx;
  const specs = plan(ctx, hosts);
  let conferenceId = takeIds(ctx, "conferences", specs.length);
  const secretariat = ctx.usersByRole.secretariat;
  const previousBySeries = new Map<string, number>();
  const concluded: ConcludedConference[] = [];
  const nameById = new Map(ctx.agencies.map((a) => [a.id, a.name]));

  for (let start = 0; start < specs.length; start += BATCH) {
    const rows = { conferences: [] as unknown[][], invitations: [] as unknown[][], agenda: [] as unknown[][], changes: [] as unknown[][], attendance: [] as unknown[][], bridges: [] as unknown[][] };
    for (const spec of specs.slice(start, start + BATCH)) {
      const id = conferenceId++;
      const { kind, day, host } = spec;
      const status = statusFor(ctx, day);
      const past = day <= today;
      const [reviewed, planned] = periods(kind, day);
      const startsAt = vnTime(day, Math.floor(spec.hour), (spec.hour % 1) * 60);
      const endsAt = new Date(startsAt.getTime() + rng.int(2, 4) * 3_600_000);
      const chair = ctx.headByAgency.get(host) ?? null;
      const secretary = rng.pick(ctx.people);
      const format = rng.weighted([["in_person", 85], ["hybrid", 10], ["online", 5]] as const);
      const series = `${host}:${kind}`;
      const previous = kind === "thematic" || kind === "other" ? null : (previousBySeries.get(series) ?? null);
      previousBySeries.set(series, id);
      const createdAt = new Date(startsAt.getTime() - rng.int(5, 20) * DAY_MS);
      const hostName = nameById.get(host) ?? "Sở Thông tin và Truyền thông";
      rows.conferences.push([
        id, conferenceTitle(kind, reviewed, new Date(day * DAY_MS).getUTCFullYear(), hostName, rng), kind, status, reviewed, planned, startsAt, endsAt, host,
        chair?.id ?? null, secretary.id, format, rng.pick(VENUES), previous, rng.chance(0.3), rng.chance(0.2),
        new Date(startsAt.getTime() - 2 * DAY_MS), createdAt, createdAt, rng.pick(secretariat),
      ]);

      rows.changes.push([id, "draft", "scheduled", null, null, null, createdAt]);
      if (status === "cancelled") rows.changes.push([id, "scheduled", "cancelled", "Thay đổi kế hoạch công tác của lãnh đạo", null, null, new Date(startsAt.getTime() - DAY_MS)]);
      if (status === "postponed") rows.changes.push([id, "scheduled", "postponed", "Lãnh đạo bận công tác đột xuất", startsAt, new Date(startsAt.getTime() + 7 * DAY_MS), new Date(startsAt.getTime() - DAY_MS)]);
      if (status === "held" || status === "concluded" || status === "closed") rows.changes.push([id, "scheduled", "held", null, null, null, endsAt]);
      if (status === "concluded" || status === "closed") rows.changes.push([id, "held", "concluded", null, null, null, new Date(endsAt.getTime() + rng.int(1, 5) * DAY_MS)]);
      if (status === "closed") rows.changes.push([id, "concluded", "closed", null, null, null, new Date(endsAt.getTime() + rng.int(30, 90) * DAY_MS)]);

      const [low, high] = INVITED[kind];
      const invited = rng.sample(ctx.workingAgencies.filter((a) => a !== host), rng.int(low, high));
      let invitationId = takeIds(ctx, "invitations", invited.length);
      const held = past && (status === "held" || status === "concluded" || status === "closed");
      for (const agencyId of invited) {
        const reply = past
          ? rng.weighted([["confirmed", 70], ["delegated", 10], ["declined", 10], ["invited", 10]] as const)
          : rng.weighted([["invited", 60], ["confirmed", 35], ["declined", 5]] as const);
        const repliedAt = reply === "invited" ? null : new Date(startsAt.getTime() - rng.int(1, 5) * DAY_MS);
        const invitation = invitationId++;
        rows.invitations.push([
          invitation, id, agencyId, null, reply, reply === "delegated" ? personName(rng) : null, reply === "delegated" ? "Phó Trưởng phòng" : null,
          reply === "declined" ? "Trùng lịch công tác" : null, repliedAt, rng.hex(16), createdAt,
        ]);
        if (held && (reply === "confirmed" || reply === "delegated") && rng.chance(0.9)) {
          rows.attendance.push([id, invitation, personName(rng), "Đại diện đơn vị", new Date(startsAt.getTime() - rng.int(0, 20) * 60_000)]);
        }
      }

      const middle = rng.int(kind === "annual_review" ? 4 : 1, kind === "annual_review" ? 7 : 5);
      let itemId = takeIds(ctx, "agenda_items", middle + 2);
      rows.agenda.push([itemId++, id, 1, "Khai mạc, giới thiệu đại biểu", "other", host, startsAt, 10]);
      for (let p = 0; p < middle; p++) {
        const [itemKind, title] = rng.pick(AGENDA_TITLES.slice(0, 5));
        rows.agenda.push([itemId++, id, p + 2, title, itemKind, invited.length ? rng.pick(invited) : host, new Date(startsAt.getTime() + (10 + p * 30) * 60_000), rng.int(15, 45)]);
      }
      const conclusionItemId = itemId;
      rows.agenda.push([itemId, id, middle + 2, "Kết luận hội nghị", "conclusion", host, new Date(endsAt.getTime() - 20 * 60_000), 20]);

      if (format !== "in_person") {
        const points = rng.int(2, 6);
        for (let b = 0; b < points; b++) rows.bridges.push([id, b + 1, `Điểm cầu huyện ${DISTRICTS[(id + b) % DISTRICTS.length]}`, "Hội trường UBND huyện", rng.pick(ctx.workingAgencies)]);
      }
      if (status === "concluded" || status === "closed") concluded.push({ id, kind, day, hostAgencyId: host, chairPersonId: chair?.id ?? null, conclusionItemId, invited });
    }
    addCount(ctx, "conferences", await target.copy("conferences", [
      "id", "title", "kind", "status", "reviewed_period", "planned_period", "starts_at", "ends_at", "host_agency_id", "chair_person_id", "secretary_person_id",
      "format", "venue", "previous_conference_id", "published_to_all", "public_on_schedule", "reply_deadline", "created_at", "updated_at", "created_by_id",
    ], rows.conferences));
    addCount(ctx, "conference_status_changes", await target.copy("conference_status_changes", ["conference_id", "from_status", "to_status", "reason", "previous_starts_at", "new_starts_at", "changed_at"], rows.changes));
    addCount(ctx, "invitations", await target.copy("invitations", [
      "id", "conference_id", "agency_id", "person_id", "status", "delegate_name", "delegate_position", "decline_reason", "replied_at", "check_in_token", "created_at",
    ], rows.invitations));
    addCount(ctx, "attendance", await target.copy("attendance", ["conference_id", "invitation_id", "attendee_name", "attendee_position", "checked_in_at"], rows.attendance));
    addCount(ctx, "agenda_items", await target.copy("agenda_items", ["id", "conference_id", "position", "title", "kind", "presenter_agency_id", "starts_at", "duration_minutes"], rows.agenda));
    addCount(ctx, "bridge_points", await target.copy("bridge_points", ["conference_id", "position", "name", "place", "responsible_agency_id"], rows.bridges));
  }
  return concluded;
}
