import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { agencies, conferences, directives, directiveSectors, taskAgencies, tasks, taskPriorities } from "@/db/schema";
import { idIn } from "@/db/ids";
import { todayInVietnam } from "@/lib/format";
import { ownTasksAgency } from "@/lib/tasks/access";
import { coordinatorList } from "@/lib/tasks/coordinators";
import { filtersReadDirective, getTaskDetail, listTaskEvents, parseTaskListParams, taskFilterConditions } from "@/lib/tasks/queries";
import { deriveTaskStatus, TASK_STATUSES, type TaskDates, type TaskStatus } from "@/lib/tasks/status";
import { apiMessage, ApiProblem, type ApiLocale } from "../problem";
import { cursorAt, keysetConditions, keysetOrder, listEnvelope, listQueryFields, pageOf } from "../pagination";
import { defineApiRoute, idParams } from "../route";
import { agencyRef, idFilter, instant, isoDate, isoInstant, optionalInstant, textFilter } from "./common";

/*
 * Tasks through the API: the same visibility (lib/tasks/access.ts), filters
 * (taskFilterConditions, parseTaskListParams) and status rules (deriveTaskStatus) as /tasks,
 * and the unit's reports in ./task-reports.ts.
 */

const taskStatusEnum = z.enum(TASK_STATUSES as [TaskStatus, ...TaskStatus[]]);

const taskSchema = z.object({
  id: z.number().int(),
  title: z.string(),
  status: taskStatusEnum.meta({ description: "Derived from the deadline and the accepted completion" }),
  statusText: z.string().meta({ description: "The status as the official report forms word it, in the reply's language", example: "Chưa hoàn thành, trong hạn" }),
  priority: z.enum(taskPriorities),
  leadAgency: agencyRef,
  coordinatingAgencies: z.array(agencyRef),
  deadline: isoDate.nullable().meta({ description: "Null: thường xuyên (ongoing)" }),
  originalDeadline: isoDate.nullable(),
  completionReportedAt: isoInstant.nullable(),
  completedOn: isoDate.nullable(),
  directive: z.object({ id: z.number().int(), number: z.number().int(), conferenceId: z.number().int(), sector: z.enum(directiveSectors) }),
  version: z.number().int().meta({ description: "Row version: send it back with a completion report" }),
  updatedAt: isoInstant,
});

const taskEventSchema = z.object({
  id: z.number().int(),
  kind: z.string().meta({ example: "progress" }),
  at: isoInstant,
  agencyName: z.string().nullable(),
  byName: z.string().nullable(),
  text: z.string().nullable(),
  percent: z.number().int().nullable(),
  evidenceNumber: z.string().nullable(),
  evidenceDate: isoDate.nullable(),
});

const taskDetailSchema = taskSchema.extend({
  description: z.string().nullable(),
  expectedOutput: z.string().nullable(),
  conference: z.object({ id: z.number().int(), title: z.string(), startsAt: isoInstant }),
  directiveText: z.string(),
  history: z.array(taskEventSchema),
});

const exampleTask = {
  id: 12,
  title: "Tăng cường quản lý nhà nước về bưu chính, viễn thông",
  status: "open_within_deadline" as const,
  statusText: "Chưa hoàn thành, trong hạn",
  priority: "normal" as const,
  leadAgency: { id: 4, name: "Phòng Bưu chính, Viễn thông" },
  coordinatingAgencies: [{ id: 7, name: "Viettel Điện Biên" }],
  deadline: "2012-12-31",
  originalDeadline: "2012-12-31",
  completionReportedAt: null,
  completedOn: null,
  directive: { id: 3, number: 1, conferenceId: 1, sector: "postal_telecom" as const },
  version: 1,
  updatedAt: "2012-07-03T02:00:00.000Z",
};

function statusOf(row: TaskDates, today: string, locale: ApiLocale) {
  const { status } = deriveTaskStatus(row, today);
  return { status, statusText: apiMessage(locale, `taskStatuses.${status}`) };
}

const taskQuery = z.object({
  status: taskStatusEnum.optional().meta({ description: "Derived status" }),
  due: z.literal("7").optional().meta({ description: "7: open tasks due within 7 days" }),
  lead: idFilter("Lead unit (agency id)"),
  directive: idFilter("Directive id"),
  conference: idFilter("Conference id"),
  period: z.string().regex(/^\d{4}-(H[12]|Q[1-4]|M(0[1-9]|1[0-2])|9M|Y)$/).optional().meta({ description: "Reviewed period of the conference, e.g. 2012-H1" }),
  sector: z.enum(directiveSectors).optional(),
  awaiting: z.literal("1").optional().meta({ description: "1: completion reported, awaiting acceptance" }),
  q: textFilter("Words in the title"),
  ...listQueryFields,
});

/** The columns of a task in the list (the same for every role; only the rows walked differ). */
const taskColumns = {
  id: tasks.id,
  cursorAt: cursorAt(tasks.updatedAt),
  title: tasks.title,
  priority: tasks.priority,
  leadId: agencies.id,
  leadName: agencies.name,
  coordinators: coordinatorList(tasks.id),
  deadline: tasks.deadline,
  originalDeadline: tasks.originalDeadline,
  completionReportedAt: tasks.completionReportedAt,
  completedOn: tasks.completedOn,
  directiveId: directives.id,
  directiveNumber: directives.number,
  conferenceId: directives.conferenceId,
  sector: directives.sector,
  version: tasks.version,
  updatedAt: tasks.updatedAt,
};

export const listTasksRoute = defineApiRoute({
  method: "GET",
  path: "/tasks",
  operationId: "listTasks",
  tag: "Tasks",
  summary: "Tasks the token's owner may see, with status words and units",
  description: "A unit officer's token sees the tasks their unit leads or coordinates, as on /tasks. Filters are those of the task list.",
  scope: "read",
  permission: "directives.view",
  query: taskQuery,
  response: listEnvelope(taskSchema),
  problems: ["unauthorized", "insufficient_scope", "invalid_request", "rate_limited"],
  example: { query: { status: "open_within_deadline", limit: 50 }, response: { items: [exampleTask], nextCursor: null } },
  handle: async ({ db, user, query, locale }) => {
    const { cursor, limit, updated_since, ...pageParams } = query;
    const filters = parseTaskListParams(Object.fromEntries(Object.entries(pageParams).map(([k, v]) => [k, v === undefined ? undefined : String(v)])));
    const today = todayInVietnam();
    // The page is cut first, from the tasks (or a unit's rows of task_agencies, which keep each
    // task's updated_at in the same order: task_agencies_agency_updated_idx) and only then are
    // its rows joined to their directive and units. Joined before the cut, the planner sized a
    // cache for a million rows on each join (Memoize: 25 ms of a 27 ms page at full scale,
    // however few rows it returned); the directive and conference are read before the cut only
    // when a filter needs them (the conference only for the period).
    const agencyId = ownTasksAgency(user);
    const keys = agencyId === undefined ? { updatedAt: tasks.updatedAt, id: tasks.id } : { updatedAt: taskAgencies.updatedAt, id: taskAgencies.taskId };
    const pageQuery =
      agencyId === undefined
        ? db.select({ id: tasks.id }).from(tasks).$dynamic()
        : db.select({ id: taskAgencies.taskId }).from(taskAgencies).innerJoin(tasks, eq(tasks.id, taskAgencies.taskId)).$dynamic();
    if (filtersReadDirective(filters)) pageQuery.innerJoin(directives, eq(directives.id, tasks.directiveId));
    if (filters.period) pageQuery.innerJoin(conferences, eq(conferences.id, directives.conferenceId));
    const page = pageQuery
      .where(and(agencyId === undefined ? undefined : eq(taskAgencies.agencyId, agencyId), ...taskFilterConditions(filters, today), ...keysetConditions(keys, { cursor, updated_since })))
      .orderBy(...keysetOrder(keys))
      .limit(limit + 1);
    // The page's tasks in the same order (task_agencies keeps each task's updated_at as is).
    const rows = await db
      .select(taskColumns)
      .from(tasks)
      .innerJoin(directives, eq(directives.id, tasks.directiveId))
      .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
      .where(idIn(tasks.id, page))
      .orderBy(asc(tasks.updatedAt), asc(tasks.id));
    return pageOf(rows, limit, (row) => ({
      id: row.id,
      title: row.title,
      ...statusOf(row, today, locale),
      priority: row.priority,
      leadAgency: { id: row.leadId, name: row.leadName },
      coordinatingAgencies: row.coordinators ?? [],
      deadline: row.deadline,
      originalDeadline: row.originalDeadline,
      completionReportedAt: optionalInstant(row.completionReportedAt),
      completedOn: row.completedOn,
      directive: { id: row.directiveId, number: row.directiveNumber, conferenceId: row.conferenceId, sector: row.sector },
      version: row.version,
      updatedAt: instant(row.updatedAt),
    }));
  },
});

export const getTaskRoute = defineApiRoute({
  method: "GET",
  path: "/tasks/{id}",
  operationId: "getTask",
  tag: "Tasks",
  summary: "A task with its directive, units and history",
  scope: "read",
  permission: "directives.view",
  params: idParams,
  response: taskDetailSchema,
  problems: ["unauthorized", "not_found", "rate_limited"],
  example: {
    params: { id: 12 },
    response: {
      ...exampleTask,
      description: null,
      expectedOutput: "Báo cáo kết quả",
      conference: { id: 1, title: "Hội nghị sơ kết 6 tháng đầu năm 2012", startsAt: "2012-07-02T01:00:00.000Z" },
      directiveText: "Tăng cường quản lý nhà nước về bưu chính, viễn thông",
      history: [{ id: 30, kind: "progress", at: "2012-08-01T03:00:00.000Z", agencyName: "Phòng Bưu chính, Viễn thông", byName: "Nguyễn Văn B", text: "Đã kiểm tra 12 điểm", percent: 40, evidenceNumber: null, evidenceDate: null }],
    },
  },
  handle: async ({ db, user, params, locale }) => {
    // The task page's own loader: null for a missing task and for one the unit may not see alike.
    const detail = await getTaskDetail(db, params.id, user);
    if (!detail) throw new ApiProblem("not_found");
    const events = await listTaskEvents(db, detail.task.id);
    const { task } = detail;
    return {
      id: task.id,
      title: task.title,
      ...statusOf(task, todayInVietnam(), locale),
      priority: task.priority,
      leadAgency: { id: task.leadAgencyId, name: detail.leadAgencyName },
      coordinatingAgencies: detail.coordinators,
      deadline: task.deadline,
      originalDeadline: task.originalDeadline,
      completionReportedAt: optionalInstant(task.completionReportedAt),
      completedOn: task.completedOn,
      directive: { id: detail.directive.id, number: detail.directive.number, conferenceId: detail.conference.id, sector: detail.directive.sector },
      version: task.version,
      updatedAt: instant(task.updatedAt),
      description: task.description,
      expectedOutput: task.expectedOutput,
      conference: { id: detail.conference.id, title: detail.conference.title, startsAt: instant(detail.conference.startsAt) },
      directiveText: detail.directive.text,
      history: events.map((event) => ({
        id: event.id,
        kind: event.kind,
        at: instant(event.at),
        agencyName: event.agencyName,
        byName: event.byName,
        text: event.text,
        percent: event.percent,
        evidenceNumber: event.evidenceNumber,
        evidenceDate: event.evidenceDate,
      })),
    };
  },
});
