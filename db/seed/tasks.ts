import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { conferences, directives, taskCoordinators, taskEvents, taskExtensionRequests, tasks, users } from "@/db/schema";
import { addDays } from "@/lib/tasks/queries";
import { todayInVietnam } from "@/lib/tasks/status";
import { SEED_CONFERENCE_START, SEED_CONFERENCE_TITLE } from "./conferences";

/*
 * Tasks for the seed conference's three directives, for the Department's divisions, the
 * telecom enterprises and the district offices, so every derived status shows up whatever
 * day the demo runs: finished in 2012 (on time, late, on time after an extension), overdue
 * since 2012, ongoing, and some due relative to today (within deadline, due in a few days
 * with a pending extension request, completion reported awaiting acceptance).
 * Idempotent: a task with the same directive and title is never created twice.
 */

type Kind = (typeof taskEvents.$inferInsert)["kind"];
interface SeedEvent {
  kind: Kind;
  at: Date | "now";
  by: "unit" | "vanphong" | "lanhdao";
  agency?: string;
  text?: string;
  percent?: number;
  evidenceNumber?: string;
  evidenceDate?: string;
  details?: Record<string, unknown>;
}
interface SeedTask {
  directive: 1 | 2 | 3;
  title: string;
  lead: string;
  coordinators: string[];
  /** A date, a day offset from today ({ inDays }), or null for "thường xuyên". */
  deadline: string | { inDays: number } | null;
  originalDeadline?: string;
  completedOn?: string;
  completionReported?: boolean;
  priority?: "normal" | "high" | "urgent";
  expectedOutput?: string;
  pendingExtensionInDays?: number;
  events: SeedEvent[];
}

const at = (day: string, time = "09:00") => new Date(`${day}T${time}:00+07:00`);

const SEED_TASKS: SeedTask[] = [
  {
    directive: 1,
    title: "Kiểm tra hoạt động xuất bản bản tin của các cơ quan, đơn vị trên địa bàn tỉnh",
    lead: "BCXB",
    coordinators: ["VHTT-DBP", "VHTT-TG"],
    deadline: "2012-09-30",
    completedOn: "2012-09-25",
    completionReported: true,
    expectedOutput: "Báo cáo kết quả kiểm tra",
    events: [
      { kind: "progress", at: at("2012-08-15"), by: "unit", agency: "BCXB", text: "Đã kiểm tra 12/20 đơn vị.", percent: 60, evidenceNumber: "45/KH-STTTT", evidenceDate: "2012-07-20" },
      { kind: "completion_reported", at: at("2012-09-24"), by: "unit", agency: "BCXB", text: "Đã kiểm tra 20/20 đơn vị, có báo cáo kết quả.", percent: 100, evidenceNumber: "112/BC-STTTT", evidenceDate: "2012-09-24" },
      { kind: "accepted", at: at("2012-09-25"), by: "vanphong", details: { completedOn: "2012-09-25" } },
    ],
  },
  {
    directive: 1,
    title: "Tổ chức giao ban báo chí định kỳ hằng tháng",
    lead: "BCXB",
    coordinators: ["BAODBP", "DPTTH"],
    deadline: null,
    expectedOutput: "Thông báo kết luận giao ban báo chí",
    events: [{ kind: "progress", at: at("2012-08-05"), by: "unit", agency: "BCXB", text: "Đã tổ chức giao ban báo chí tháng 7/2012." }],
  },
  {
    directive: 1,
    title: "Rà soát giấy phép xuất bản bản tin, đặc san trên địa bàn tỉnh",
    lead: "BCXB",
    coordinators: [],
    deadline: "2012-08-31",
    completedOn: "2012-09-15",
    completionReported: true,
    events: [
      { kind: "completion_reported", at: at("2012-09-14"), by: "unit", agency: "BCXB", text: "Đã rà soát xong 35 giấy phép.", percent: 100 },
      { kind: "accepted", at: at("2012-09-15"), by: "vanphong", details: { completedOn: "2012-09-15" } },
    ],
  },
  {
    directive: 2,
    title: "Kiểm tra việc chấp hành quy định về chất lượng dịch vụ viễn thông của các doanh nghiệp",
    lead: "BCVT",
    coordinators: ["VNPT", "VIETTEL", "MOBIFONE"],
    deadline: "2012-10-31",
    priority: "high",
    events: [{ kind: "progress", at: at("2012-09-10"), by: "unit", agency: "BCVT", text: "Đã kiểm tra VNPT Điện Biên; chưa kiểm tra Viettel, MobiFone.", percent: 30 }],
  },
  {
    directive: 2,
    title: "Triển khai phần mềm quản lý văn bản và điều hành tại các sở, ban, ngành",
    lead: "CNTT",
    coordinators: ["TTCNTT"],
    deadline: { inDays: 30 },
    expectedOutput: "100% sở, ban, ngành sử dụng phần mềm",
    events: [{ kind: "progress", at: "now", by: "unit", agency: "CNTT", text: "Đã triển khai tại 15/20 sở, ban, ngành.", percent: 75 }],
  },
  {
    directive: 3,
    title: "Tổ chức tập huấn, hướng dẫn thực hiện Thông tư 04/2012/TT-BTTTT về quản lý thuê bao di động trả trước",
    lead: "BCVT",
    coordinators: ["VNPT", "VIETTEL", "MOBIFONE"],
    deadline: "2012-12-31",
    originalDeadline: "2012-10-31",
    completedOn: "2012-12-20",
    completionReported: true,
    priority: "urgent",
    expectedOutput: "Hội nghị tập huấn cho các doanh nghiệp và đại lý",
    events: [
      { kind: "extension_requested", at: at("2012-10-20"), by: "unit", agency: "BCVT", text: "Chờ tài liệu hướng dẫn của Bộ.", details: { currentDeadline: "2012-10-31", requestedDeadline: "2012-12-31" } },
      { kind: "extension_approved", at: at("2012-10-22"), by: "lanhdao", details: { fromDeadline: "2012-10-31", toDeadline: "2012-12-31" } },
      { kind: "completion_reported", at: at("2012-12-19"), by: "unit", agency: "BCVT", text: "Đã tổ chức 02 lớp tập huấn cho 180 đại lý.", percent: 100, evidenceNumber: "156/BC-STTTT", evidenceDate: "2012-12-19" },
      { kind: "accepted", at: at("2012-12-20"), by: "vanphong", details: { completedOn: "2012-12-20" } },
    ],
  },
  {
    directive: 3,
    title: "Kiểm tra việc đăng ký thông tin thuê bao di động trả trước tại các điểm giao dịch",
    lead: "BCVT",
    coordinators: ["VIETTEL", "MOBIFONE", "VHTT-DBP"],
    deadline: { inDays: 14 },
    completionReported: true,
    events: [{ kind: "completion_reported", at: "now", by: "unit", agency: "BCVT", text: "Đã kiểm tra 40 điểm giao dịch, lập biên bản 3 điểm vi phạm.", percent: 100 }],
  },
  {
    directive: 3,
    title: "Tuyên truyền quy định đăng ký thông tin thuê bao trả trước trên hệ thống truyền thanh cơ sở",
    lead: "VHTT-DBP",
    coordinators: ["TTTH-DBP"],
    deadline: { inDays: 5 },
    pendingExtensionInDays: 35,
    events: [{ kind: "progress", at: "now", by: "unit", agency: "VHTT-DBP", text: "Đã phát 10 tin trên đài truyền thanh các phường.", percent: 40 }],
  },
];

/** Returns how many tasks it created. */
export async function seedTasks(tx: Db, idByCode: Map<string, number>, now = new Date()): Promise<number> {
  const [conference] = await tx
    .select({ id: conferences.id })
    .from(conferences)
    .where(and(eq(conferences.title, SEED_CONFERENCE_TITLE), eq(conferences.startsAt, SEED_CONFERENCE_START)))
    .limit(1);
  if (!conference) return 0;
  const directiveRows = await tx
    .select({ id: directives.id, number: directives.number })
    .from(directives)
    .where(and(eq(directives.conferenceId, conference.id), inArray(directives.number, [1, 2, 3])));
  const directiveId = new Map(directiveRows.map((d) => [d.number, d.id]));
  if (directiveId.size < 3) return 0;
  const people = await tx.select({ id: users.id, username: users.username, agencyId: users.agencyId }).from(users).where(inArray(users.username, ["vanphong", "lanhdao", "bcvt", "phongvhtt"]));
  const userByName = new Map(people.map((u) => [u.username, u.id]));
  const unitUser = (agencyId: number | undefined) => people.find((u) => u.agencyId === agencyId && ["bcvt", "phongvhtt"].includes(u.username))?.id ?? null;
  const today = todayInVietnam(now);
  const day = (value: SeedTask["deadline"]) => (value === null ? null : typeof value === "string" ? value : addDays(today, value.inDays));

  let created = 0;
  for (const item of SEED_TASKS) {
    const dId = directiveId.get(item.directive)!;
    const [existing] = await tx.select({ id: tasks.id }).from(tasks).where(and(eq(tasks.directiveId, dId), eq(tasks.title, item.title))).limit(1);
    if (existing) continue;
    const lead = idByCode.get(item.lead);
    if (lead === undefined) continue;
    const deadline = day(item.deadline);
    const [task] = await tx
      .insert(tasks)
      .values({
        directiveId: dId,
        title: item.title,
        leadAgencyId: lead,
        deadline,
        originalDeadline: item.originalDeadline ?? deadline,
        priority: item.priority ?? "normal",
        expectedOutput: item.expectedOutput ?? null,
        completionReportedAt: item.completionReported ? (item.completedOn ? at(item.completedOn, "08:00") : now) : null,
        completedOn: item.completedOn ?? null,
        createdById: userByName.get("vanphong") ?? null,
        createdAt: at("2012-07-05"),
      })
      .returning({ id: tasks.id });
    const coordinatorIds = item.coordinators.map((code) => idByCode.get(code)).filter((id): id is number => id !== undefined);
    if (coordinatorIds.length > 0) await tx.insert(taskCoordinators).values(coordinatorIds.map((agencyId) => ({ taskId: task.id, agencyId })));
    const events = [{ kind: "created" as const, at: at("2012-07-05"), by: "vanphong" as const }, ...item.events];
    await tx.insert(taskEvents).values(
      events.map((event) => {
        const agencyId = "agency" in event && event.agency ? idByCode.get(event.agency) : undefined;
        return {
          taskId: task.id,
          kind: event.kind,
          at: event.at === "now" ? now : event.at,
          agencyId: agencyId ?? null,
          byUserId: event.by === "unit" ? unitUser(agencyId) : (userByName.get(event.by) ?? null),
          text: "text" in event ? (event.text ?? null) : null,
          percent: "percent" in event ? (event.percent ?? null) : null,
          evidenceNumber: "evidenceNumber" in event ? (event.evidenceNumber ?? null) : null,
          evidenceDate: "evidenceDate" in event ? (event.evidenceDate ?? null) : null,
          details: "details" in event ? (event.details ?? null) : null,
        };
      }),
    );
    if (item.pendingExtensionInDays !== undefined) {
      const requestedDeadline = addDays(today, item.pendingExtensionInDays);
      const reason = "Chờ kinh phí in tờ rơi tuyên truyền.";
      const [request] = await tx
        .insert(taskExtensionRequests)
        .values({ taskId: task.id, requestedDeadline, reason, requestedById: unitUser(lead), requestedAt: now })
        .returning({ id: taskExtensionRequests.id });
      await tx.insert(taskEvents).values({
        taskId: task.id,
        kind: "extension_requested",
        at: now,
        agencyId: lead,
        byUserId: unitUser(lead),
        text: reason,
        details: { requestId: request.id, currentDeadline: deadline, requestedDeadline },
      });
    }
    created++;
  }
  return created;
}
