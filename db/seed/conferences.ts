import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, agendaItems, attendance, conferences, conferenceStatusChanges, invitations, people, users } from "@/db/schema";
import { newCheckInToken } from "@/lib/conferences/commands";
import { localParts, vietnamInstant } from "@/lib/conferences/time";

/*
 * The demo conferences: the mid-year review of 02/07/2012 that the app was built around,
 * concluded, with its invitees, replies, attendance and agenda; and one briefing in the
 * current week so the weekly schedule has something on it. Idempotent: a conference with
 * the same title and start is never created twice.
 */

export const SEED_CONFERENCE_TITLE = "Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2012";
export const SEED_CONFERENCE_START = vietnamInstant("2012-07-02", "08:00");
export const BRIEFING_TITLE = "Giao ban công tác Sở Thông tin và Truyền thông";

const INVITED_KINDS = ["press", "publisher", "printing", "postal_telecom", "district_office", "radio_tv"] as const;

// Illustrative delegates: a surname, middle and given name picked in turn, so every reply reads like a real one.
const SURNAMES = ["Nguyễn", "Lò", "Quàng", "Lường", "Trần", "Cầm", "Vì", "Phạm", "Lê", "Hoàng", "Mùa", "Thào"];
const MIDDLES = ["Văn", "Thị", "Minh", "Đức", "Thu", "Hồng"];
const GIVENS = ["Hùng", "Hương", "Dũng", "Lan", "Tuấn", "Thủy", "Khánh", "Nga", "Sơn", "Yến", "Chiến", "Hà", "Long"];
const delegateName = (i: number) => `${SURNAMES[i % SURNAMES.length]} ${MIDDLES[(i * 5) % MIDDLES.length]} ${GIVENS[(i * 7) % GIVENS.length]}`;
const POSITIONS: Record<(typeof INVITED_KINDS)[number], string> = {
  press: "Phó Tổng Biên tập",
  publisher: "Phó Giám đốc",
  printing: "Giám đốc",
  postal_telecom: "Phó Giám đốc",
  district_office: "Trưởng phòng",
  radio_tv: "Giám đốc",
};
const DECLINED: Record<string, string> = {
  MOBIFONE: "Trùng lịch họp giao ban của Tổng công ty, đơn vị sẽ gửi báo cáo bằng văn bản.",
  "TTTH-MN": "Đường từ huyện Mường Nhé về thành phố bị sạt lở do mưa lũ, không kịp về dự.",
};
const NO_REPLY = new Set(["TTTH-TC"]);
const ABSENT = new Set(["SACH", "VHTT-ML"]);
const LATE = "TTTH-DBD";
const LEFT_EARLY = "VIETTEL";

async function findPerson(tx: Db, fullName: string, agencyId: number | undefined) {
  if (agencyId === undefined) return undefined;
  const [row] = await tx.select({ id: people.id, position: people.position }).from(people).where(and(eq(people.fullName, fullName), eq(people.agencyId, agencyId))).limit(1);
  return row;
}

async function exists(tx: Db, title: string, startsAt: Date): Promise<boolean> {
  const [row] = await tx.select({ id: conferences.id }).from(conferences).where(and(eq(conferences.title, title), eq(conferences.startsAt, startsAt))).limit(1);
  return Boolean(row);
}

/** Wednesday of the current week (Monday first) in Asia/Ho_Chi_Minh, as yyyy-MM-dd. */
export function wednesdayOfWeek(now: Date): string {
  const p = localParts(now);
  const monday = new Date(Date.UTC(p.year, p.month - 1, p.day - ((p.weekday + 6) % 7) + 2));
  return monday.toISOString().slice(0, 10);
}

export async function seedConferences(tx: Db, idByCode: Map<string, number>, now = new Date()): Promise<number> {
  const host = idByCode.get("STTTT");
  if (host === undefined) return 0;
  const chair = await findPerson(tx, "Lò Văn Thắng", host);
  const secretary = await findPerson(tx, "Trần Minh Đức", idByCode.get("VP"));
  const [clerk] = await tx.select({ id: users.id }).from(users).where(eq(users.username, "vanphong")).limit(1);
  let created = 0;
  if (!(await exists(tx, SEED_CONFERENCE_TITLE, SEED_CONFERENCE_START))) {
    await seedMidYearReview(tx, idByCode, { host, chairId: chair?.id ?? null, secretaryId: secretary?.id ?? null, clerkId: clerk?.id ?? null });
    created++;
  }
  const day = wednesdayOfWeek(now);
  const briefingStart = vietnamInstant(day, "14:00");
  if (!(await exists(tx, BRIEFING_TITLE, briefingStart))) {
    const [row] = await tx
      .insert(conferences)
      .values({
        title: BRIEFING_TITLE,
        kind: "regular_briefing",
        status: "scheduled",
        startsAt: briefingStart,
        endsAt: vietnamInstant(day, "16:00"),
        hostAgencyId: host,
        chairPersonId: chair?.id ?? null,
        secretaryPersonId: secretary?.id ?? null,
        venue: "Phòng họp tầng 2, Sở Thông tin và Truyền thông",
        publishedToAll: true,
        publicOnSchedule: true,
        sequence: 1,
        createdById: clerk?.id ?? null,
      })
      .returning({ id: conferences.id });
    await tx.insert(conferenceStatusChanges).values([
      { conferenceId: row.id, fromStatus: null, toStatus: "draft", changedById: clerk?.id ?? null },
      { conferenceId: row.id, fromStatus: "draft", toStatus: "scheduled", changedById: clerk?.id ?? null },
    ]);
    const divisions = ["VP", "TTRA", "KHTC", "BCVT", "CNTT", "BCXB", "TTCNTT"].map((code) => idByCode.get(code)).filter((id): id is number => id !== undefined);
    if (divisions.length > 0) await tx.insert(invitations).values(divisions.map((agencyId) => ({ conferenceId: row.id, agencyId, checkInToken: newCheckInToken() })));
    created++;
  }
  return created;
}

async function seedMidYearReview(tx: Db, idByCode: Map<string, number>, ids: { host: number; chairId: number | null; secretaryId: number | null; clerkId: number | null }) {
  const [conference] = await tx
    .insert(conferences)
    .values({
      title: SEED_CONFERENCE_TITLE,
      kind: "mid_year_review",
      status: "concluded",
      reviewedPeriod: "2012-H1",
      plannedPeriod: "2012-H2",
      startsAt: SEED_CONFERENCE_START,
      endsAt: vietnamInstant("2012-07-02", "11:30"),
      hostAgencyId: ids.host,
      chairPersonId: ids.chairId,
      secretaryPersonId: ids.secretaryId,
      venue: "Hội trường Sở Thông tin và Truyền thông",
      replyDeadline: vietnamInstant("2012-06-29", "17:00"),
      sequence: 3,
      createdById: ids.clerkId,
      createdAt: vietnamInstant("2012-06-20", "09:00"),
    })
    .returning({ id: conferences.id });
  const conferenceId = conference.id;
  const by = ids.clerkId;
  await tx.insert(conferenceStatusChanges).values([
    { conferenceId, fromStatus: null, toStatus: "draft", changedById: by, changedAt: vietnamInstant("2012-06-20", "09:00") },
    { conferenceId, fromStatus: "draft", toStatus: "scheduled", changedById: by, changedAt: vietnamInstant("2012-06-22", "10:15") },
    { conferenceId, fromStatus: "scheduled", toStatus: "held", changedById: by, changedAt: vietnamInstant("2012-07-02", "11:35") },
    { conferenceId, fromStatus: "held", toStatus: "concluded", changedById: by, changedAt: vietnamInstant("2012-07-05", "15:00") },
  ]);

  const invitedAgencies = await tx
    .select({ id: agencies.id, code: agencies.code, kind: agencies.kind })
    .from(agencies)
    .where(inArray(agencies.kind, [...INVITED_KINDS]))
    .orderBy(agencies.id);
  const seeded = invitedAgencies.filter((a) => a.code !== null && idByCode.get(a.code) === a.id);
  const replied = vietnamInstant("2012-06-27", "14:00");
  const rows = seeded.map((agency, i) => {
    const code = agency.code ?? "";
    const declineReason = DECLINED[code];
    const status = NO_REPLY.has(code) ? ("invited" as const) : declineReason ? ("declined" as const) : ("confirmed" as const);
    return {
      conferenceId,
      agencyId: agency.id,
      status,
      delegateName: status === "confirmed" ? delegateName(i) : null,
      delegatePosition: status === "confirmed" ? POSITIONS[agency.kind as (typeof INVITED_KINDS)[number]] : null,
      declineReason: declineReason ?? null,
      repliedAt: status === "invited" ? null : replied,
      checkInToken: newCheckInToken(),
    };
  });
  const hoa = await findPerson(tx, "Giàng Thị Hoa", idByCode.get("UBND"));
  const inserted = await tx
    .insert(invitations)
    .values([
      ...rows,
      ...(hoa
        ? [{ conferenceId, personId: hoa.id, status: "confirmed" as const, delegateName: "Giàng Thị Hoa", delegatePosition: hoa.position, repliedAt: replied, checkInToken: newCheckInToken() }]
        : []),
    ])
    .returning({ id: invitations.id, agencyId: invitations.agencyId, status: invitations.status, delegateName: invitations.delegateName, delegatePosition: invitations.delegatePosition });

  const codeById = new Map(seeded.map((a) => [a.id, a.code ?? ""]));
  const present = inserted.filter((inv) => inv.status === "confirmed" && !ABSENT.has(codeById.get(inv.agencyId ?? -1) ?? ""));
  await tx.insert(attendance).values(
    present.map((inv, i) => {
      const code = codeById.get(inv.agencyId ?? -1) ?? "";
      // Arrivals spread over 07:45–08:10, one a minute apart in turn.
      const minute = 45 + (i % 26);
      const arrival = code === LATE ? "08:20" : minute < 60 ? `07:${String(minute).padStart(2, "0")}` : `08:${String(minute - 60).padStart(2, "0")}`;
      return {
        conferenceId,
        invitationId: inv.id,
        attendeeName: inv.delegateName ?? "",
        attendeePosition: inv.delegatePosition,
        checkedInAt: vietnamInstant("2012-07-02", arrival),
        leftAt: code === LEFT_EARLY ? vietnamInstant("2012-07-02", "10:30") : null,
        checkedInById: by,
      };
    }),
  );

  const at = (time: string) => vietnamInstant("2012-07-02", time);
  await tx.insert(agendaItems).values([
    {
      conferenceId,
      position: 1,
      title: "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2012",
      kind: "report",
      presenterAgencyId: ids.host,
      startsAt: at("08:00"),
      durationMinutes: 45,
    },
    { conferenceId, position: 2, title: "Thảo luận", kind: "discussion", startsAt: at("08:45"), durationMinutes: 90 },
    {
      conferenceId,
      position: 3,
      title: "Phát biểu chỉ đạo của đồng chí Phó Chủ tịch UBND tỉnh Giàng Thị Hoa",
      kind: "directing_speech",
      presenterPersonId: hoa?.id ?? null,
      startsAt: at("10:15"),
      durationMinutes: 45,
    },
    { conferenceId, position: 4, title: "Kết luận hội nghị", kind: "conclusion", presenterPersonId: ids.chairId, startsAt: at("11:00"), durationMinutes: 30 },
  ]);
}
