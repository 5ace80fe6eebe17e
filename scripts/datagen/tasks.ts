import type { ConcludedConference } from "./conferences";
import { addCount, dayString, type GenContext, takeIds, vnTime } from "./context";
import { directiveText, PROGRESS_TEXTS, SECTORS, taskTitle } from "./words";

/*
 * Directives on concluded conferences (with the leader's approval) and the tasks they cause,
 * spread evenly over the directives, with coordinating units, history events and extension
 * requests. A task's outcome depends on its deadline and today, in the proportions a
 * provincial secretariat reports: most finished on time, some late, some overdue, a few
 * waiting for acceptance or for an extension decision.
 */

const BATCH = 20_000;
const DIRECTIVES_PER: Record<ConcludedConference["kind"], [number, number]> = { annual_review: [5, 12], mid_year_review: [3, 8], regular_briefing: [1, 4], thematic: [2, 5], other: [1, 3] };

interface DirectiveRef {
  id: number;
  conference: ConcludedConference;
}

async function generateDirectives(ctx: GenContext, concluded: ConcludedConference[]): Promise<DirectiveRef[]> {
  const { rng, target } = ctx;
  const refs: DirectiveRef[] = [];
  const rows: unknown[][] = [];
  const approvals: unknown[][] = [];
  // The chairs: generated people, and the demo leaders who head their agencies (loadExisting).
  const peopleById = new Map([...ctx.people, ...ctx.headByAgency.values()].map((p) => [p.id, p]));
  const leaders = ctx.usersByRole.leader;
  for (const conference of concluded) {
    const [low, high] = DIRECTIVES_PER[conference.kind];
    const n = rng.int(low, high);
    let id = takeIds(ctx, "directives", n);
    const chair = conference.chairPersonId ? peopleById.get(conference.chairPersonId) : undefined;
    const at = vnTime(conference.day, 17);
    for (let number = 1; number <= n; number++) {
      refs.push({ id, conference });
      rows.push([id++, conference.id, conference.conclusionItemId, number, chair?.id ?? null, chair?.name ?? "Lãnh đạo Sở", chair?.position ?? null, directiveText(rng), rng.pick(SECTORS), rng.pick(ctx.usersByRole.secretariat), at, at]);
    }
    approvals.push([conference.id, rng.pick(leaders), vnTime(conference.day + rng.int(1, 5), 16)]);
  }
  addCount(ctx, "directives", await target.copy("directives", ["id", "conference_id", "agenda_item_id", "number", "issued_by_person_id", "issuer_name", "issuer_title", "text", "sector", "created_by_id", "created_at", "updated_at"], rows));
  addCount(ctx, "directive_approvals", await target.copy("directive_approvals", ["conference_id", "approved_by_id", "approved_at"], approvals));
  return refs;
}

export async function generateDirectivesAndTasks(ctx: GenContext, concluded: ConcludedConference[]): Promise<void> {
  const { rng, target, today, scale } = ctx;
  const directives = await generateDirectives(ctx, concluded);
  if (directives.length === 0) return;
  const secretariat = ctx.usersByRole.secretariat;
  const officersByAgency = new Map<number, number[]>();
  for (const [agencyId, userId] of ctx.unitOfficerAgencies) officersByAgency.set(agencyId, [...(officersByAgency.get(agencyId) ?? []), userId]);
  const officerOf = (agencyId: number) => {
    const ids = officersByAgency.get(agencyId);
    return ids ? rng.pick(ids) : null;
  };
  let taskId = takeIds(ctx, "tasks", scale.tasks);

  for (let start = 0; start < scale.tasks; start += BATCH) {
    const tasks: unknown[][] = [];
    const coordinators: unknown[][] = [];
    const events: unknown[][] = [];
    const extensions: unknown[][] = [];
    for (let i = start; i < Math.min(start + BATCH, scale.tasks); i++) {
      const { id: directiveId, conference } = directives[Math.floor((i * directives.length) / scale.tasks)];
      const id = taskId++;
      const pool = conference.invited.length && rng.chance(0.7) ? conference.invited : ctx.workingAgencies;
      const lead = rng.pick(pool);
      const created = conference.day + rng.int(1, 5);
      const deadlineDay = rng.chance(0.08) ? null : created + rng.int(10, 180);
      const extended = deadlineDay !== null && rng.chance(0.06);
      const originalDay = extended && deadlineDay !== null ? deadlineDay - rng.int(15, 60) : deadlineDay;
      let completedDay: number | null = null;
      let reportedDay: number | null = null;
      if (deadlineDay === null) {
        if (created + 60 < today && rng.chance(0.3)) completedDay = Math.min(today, created + rng.int(30, 360));
      } else if (deadlineDay < today) {
        const outcome = rng.weighted([["on_time", 69], ["late", 19], ["open", 12]] as const);
        if (outcome === "on_time") completedDay = Math.max(created + 1, deadlineDay - rng.int(0, 20));
        else if (outcome === "late") completedDay = Math.min(today, deadlineDay + rng.int(1, 60));
        else if (rng.chance(0.2)) reportedDay = Math.min(today, deadlineDay + rng.int(0, 10));
      } else if (created + 1 < today && rng.chance(0.25)) {
        completedDay = rng.int(created + 1, today);
      } else if (rng.chance(0.1)) {
        reportedDay = today - rng.int(0, 3);
      }
      if (completedDay !== null) reportedDay = Math.max(created, completedDay - rng.int(0, 3));
      if (completedDay !== null && completedDay > today) completedDay = today;
      const createdAt = vnTime(created, 9);
      const createdBy = rng.pick(secretariat);
      tasks.push([
        id, directiveId, taskTitle(rng), lead, deadlineDay === null ? null : dayString(deadlineDay), originalDay === null ? null : dayString(originalDay),
        rng.weighted([["normal", 80], ["high", 15], ["urgent", 5]] as const), rng.chance(0.5) ? "Báo cáo kết quả thực hiện" : null,
        reportedDay === null ? null : vnTime(reportedDay, 15), completedDay === null ? null : dayString(completedDay), createdBy, createdAt, createdAt,
      ]);

      const coordinatorCount = rng.weighted([[0, 30], [1, 35], [2, 25], [3, 10]] as const);
      const others = rng.sample(ctx.workingAgencies, coordinatorCount + 1).filter((a) => a !== lead).slice(0, coordinatorCount);
      for (const agencyId of others) coordinators.push([id, agencyId]);

      events.push([id, "created", null, createdBy, createdAt, null, null, null]);
      const lastDay = Math.min(today, reportedDay ?? completedDay ?? today);
      const progressCount = lastDay > created + 2 ? rng.int(0, 2) : 0;
      for (let p = 0; p < progressCount; p++) {
        const day = rng.int(created + 1, lastDay - 1);
        events.push([id, "progress", lead, officerOf(lead), vnTime(day, 10), rng.pick(PROGRESS_TEXTS), rng.int(1, 9) * 10, null]);
      }
      if (others.length && lastDay > created + 2 && rng.chance(0.3)) {
        events.push([id, "contribution", others[0], officerOf(others[0]), vnTime(rng.int(created + 1, lastDay - 1), 11), "Đơn vị phối hợp đã gửi số liệu.", null, null]);
      }
      if (extended && originalDay !== null && deadlineDay !== null) {
        const asked = vnTime(Math.max(created, originalDay - 7), 9);
        const decided = vnTime(Math.max(created, originalDay - 5), 14);
        events.push([id, "extension_requested", lead, officerOf(lead), asked, "Đề nghị gia hạn do chờ ý kiến các đơn vị phối hợp", null, { requestedDeadline: dayString(deadlineDay) }]);
        events.push([id, "extension_approved", null, rng.pick(secretariat), decided, null, null, { deadline: dayString(deadlineDay), previousDeadline: dayString(originalDay) }]);
        extensions.push([id, dayString(deadlineDay), "Chờ ý kiến các đơn vị phối hợp", officerOf(lead), asked, "approved", rng.pick(secretariat), decided]);
      } else if (deadlineDay !== null && completedDay === null && reportedDay === null && deadlineDay >= today - 30 && rng.chance(0.05)) {
        extensions.push([id, dayString(deadlineDay + 30), "Khối lượng công việc lớn, cần thêm thời gian", officerOf(lead), vnTime(today - rng.int(0, 5), 9), "pending", null, null]);
        events.push([id, "extension_requested", lead, officerOf(lead), vnTime(today - 1, 9), "Đề nghị gia hạn 30 ngày", null, { requestedDeadline: dayString(deadlineDay + 30) }]);
      }
      if (reportedDay !== null) events.push([id, "completion_reported", lead, officerOf(lead), vnTime(reportedDay, 15), "Đã hoàn thành, gửi kèm báo cáo kết quả.", 100, null]);
      if (completedDay !== null) events.push([id, "accepted", null, rng.pick(secretariat), vnTime(completedDay, 16), null, null, { completedOn: dayString(completedDay) }]);
    }
    addCount(ctx, "tasks", await target.copy("tasks", [
      "id", "directive_id", "title", "lead_agency_id", "deadline", "original_deadline", "priority", "expected_output", "completion_reported_at", "completed_on", "created_by_id", "created_at", "updated_at",
    ], tasks));
    addCount(ctx, "task_coordinators", await target.copy("task_coordinators", ["task_id", "agency_id"], coordinators));
    addCount(ctx, "task_events", await target.copy("task_events", ["task_id", "kind", "agency_id", "by_user_id", "at", "text", "percent", "details"], events));
    addCount(ctx, "task_extension_requests", await target.copy("task_extension_requests", ["task_id", "requested_deadline", "reason", "requested_by_id", "requested_at", "decision", "decided_by_id", "decided_at"], extensions));
  }
}
