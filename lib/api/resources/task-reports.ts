import { z } from "zod";
import { addContributionMutation, reportCompletionMutation, reportProgressMutation } from "@/lib/tasks/mutations";
import { apiMutate } from "../handler";
import { defineApiRoute, idParams } from "../route";

/*
 * A unit's reports on a task through the API (progress, completion, a coordinating unit's
 * part): the task page's own mutations, with their permission and unit checks.
 */

const savedSchema = z.object({ ok: z.literal(true), taskId: z.number().int() });
const taskPaths = (id: number) => ["/tasks", `/tasks/${id}`];

export const reportProgressRoute = defineApiRoute({
  method: "POST",
  path: "/tasks/{id}/progress",
  operationId: "reportTaskProgress",
  tag: "Tasks",
  summary: "The lead unit reports progress (text, %, evidence)",
  description: "The same rules as the task page's progress form: only a unit officer of the lead unit; the task id comes from the path.",
  scope: "tasks:write",
  permission: "tasks.report",
  params: idParams,
  body: reportProgressMutation.schema.omit({ taskId: true }),
  response: savedSchema,
  successStatus: 201,
  problems: ["unauthorized", "insufficient_scope", "forbidden", "not_found", "validation_failed", "refused", "unsupported_media_type", "rate_limited"],
  example: { params: { id: 12 }, body: { text: "Đã kiểm tra 12 điểm cung cấp dịch vụ", percent: 40, evidenceNumber: "15/BC-BCVT", evidenceDate: "2012-08-01" }, response: { ok: true, taskId: 12 } },
  handle: async (ctx) => {
    await apiMutate(ctx, reportProgressMutation, { ...ctx.body, taskId: ctx.params.id }, taskPaths(ctx.params.id));
    return { ok: true as const, taskId: ctx.params.id };
  },
});

export const reportCompletionRoute = defineApiRoute({
  method: "POST",
  path: "/tasks/{id}/completion",
  operationId: "reportTaskCompletion",
  tag: "Tasks",
  summary: "The lead unit reports the task completed (the secretariat then accepts or returns it)",
  description: "The same rules as the task page's completion form; `version` is the task's version as last read (a task changed since is refused with 409).",
  scope: "tasks:write",
  permission: "tasks.report",
  params: idParams,
  body: reportCompletionMutation.schema.in.omit({ taskId: true }),
  response: savedSchema,
  successStatus: 201,
  problems: ["unauthorized", "insufficient_scope", "forbidden", "not_found", "validation_failed", "refused", "conflict", "unsupported_media_type", "rate_limited"],
  example: { params: { id: 12 }, body: { version: 3, completionText: "Đã hoàn thành kiểm tra", completionEvidenceNumber: "20/BC-BCVT", completionEvidenceDate: "2012-10-15" }, response: { ok: true, taskId: 12 } },
  handle: async (ctx) => {
    await apiMutate(ctx, reportCompletionMutation, { ...ctx.body, taskId: ctx.params.id }, taskPaths(ctx.params.id));
    return { ok: true as const, taskId: ctx.params.id };
  },
});

export const addContributionRoute = defineApiRoute({
  method: "POST",
  path: "/tasks/{id}/contributions",
  operationId: "addTaskContribution",
  tag: "Tasks",
  summary: "A coordinating unit reports its part",
  description: "`agencyId` is the coordinating unit reported for: it must be the token owner's own unit.",
  scope: "tasks:write",
  permission: "tasks.report",
  params: idParams,
  body: addContributionMutation.schema.omit({ taskId: true }),
  response: savedSchema,
  successStatus: 201,
  problems: ["unauthorized", "insufficient_scope", "forbidden", "not_found", "validation_failed", "refused", "unsupported_media_type", "rate_limited"],
  example: { params: { id: 12 }, body: { agencyId: 7, text: "Đã phối hợp lắp đặt 3 trạm BTS" }, response: { ok: true, taskId: 12 } },
  handle: async (ctx) => {
    await apiMutate(ctx, addContributionMutation, { ...ctx.body, taskId: ctx.params.id }, taskPaths(ctx.params.id));
    return { ok: true as const, taskId: ctx.params.id };
  },
});
