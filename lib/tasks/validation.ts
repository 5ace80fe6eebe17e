import { z } from "zod";
import { taskPriorities } from "@/db/schema";
import { checkbox, idSchema, optionalDate, optionalText, requiredDate, requiredId, requiredText, versionField } from "@/lib/validation";

/*
 * Form schemas of the task steps. The unit officer's forms (progress, contribution,
 * completion, extension request) have no field for status, deadline or assignment: zod
 * drops unknown keys, so a hand-made POST carrying them changes nothing.
 */

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** Exactly one lead unit; the message names what is missing. */
const leadAgencyField = () =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: "tasks.errors.leadRequired" }).int("tasks.errors.leadRequired").positive("tasks.errors.leadRequired"));

/** Coordinating units from checkboxes: nothing, one value or several. */
const agencyIdList = () =>
  z.preprocess((value) => {
    if (value === undefined || value === null || value === "") return [];
    return (Array.isArray(value) ? value : [value]).filter((v) => v !== "");
  }, z.array(idSchema));

const optionalPercent = () =>
  z.preprocess(blankToUndefined, z.coerce.number({ error: "tasks.errors.percent" }).int("tasks.errors.percent").min(0, "tasks.errors.percent").max(100, "tasks.errors.percent").optional());

const assignmentFields = {
  title: requiredText(500, "tasks.errors.titleRequired"),
  description: optionalText(4000),
  leadAgencyId: leadAgencyField(),
  coordinatorIds: agencyIdList(),
  ongoing: checkbox(),
  deadline: optionalDate(),
  priority: z.preprocess(blankToUndefined, z.enum(taskPriorities, { error: "validation.invalid" }).default("normal")),
  expectedOutput: optionalText(2000),
};

type AssignmentShape = { leadAgencyId: number; coordinatorIds: number[]; ongoing: boolean; deadline?: string };

/** A deadline unless "thường xuyên" is ticked; the lead unit is never also a coordinating unit. */
function checkAssignment(value: AssignmentShape, ctx: z.RefinementCtx): void {
  if (!value.ongoing && !value.deadline) ctx.addIssue({ code: "custom", path: ["deadline"], message: "tasks.errors.deadlineRequired" });
  if (value.coordinatorIds.includes(value.leadAgencyId)) ctx.addIssue({ code: "custom", path: ["coordinatorIds"], message: "tasks.errors.leadIsCoordinator" });
}

/** Ticking "thường xuyên" wins over a typed date: the task then has no deadline. */
const normaliseDeadline = <T extends AssignmentShape>(value: T) => ({
  ...value,
  coordinatorIds: [...new Set(value.coordinatorIds)],
  deadline: value.ongoing ? null : (value.deadline ?? null),
});

export const createTaskSchema = z
  .object({ directiveId: requiredId(), ...assignmentFields })
  .superRefine(checkAssignment)
  .transform(normaliseDeadline);
export type CreateTaskInput = z.output<typeof createTaskSchema>;

export const updateTaskSchema = z
  .object({ id: idSchema, version: versionField(), ...assignmentFields })
  .superRefine(checkAssignment)
  .transform(normaliseDeadline);
export type UpdateTaskInput = z.output<typeof updateTaskSchema>;

const evidenceFields = {
  evidenceNumber: optionalText(100),
  evidenceDate: optionalDate(),
};

export const progressSchema = z.object({ taskId: idSchema, text: requiredText(4000, "tasks.errors.progressTextRequired"), percent: optionalPercent(), ...evidenceFields });
export type ProgressInput = z.output<typeof progressSchema>;

/** A coordinating unit's contribution; `agencyId` is the unit it speaks for (checked against the session). */
export const contributionSchema = z.object({ taskId: idSchema, agencyId: idSchema, text: requiredText(4000, "tasks.errors.contributionTextRequired"), ...evidenceFields });
export type ContributionInput = z.output<typeof contributionSchema>;

// Field names differ between the forms of one page (each label must point at its own field).
export const reportCompletionSchema = z
  .object({
    taskId: idSchema,
    version: versionField(),
    completionText: z.preprocess(
      (v) => (typeof v === "string" ? v.trim() : v),
      z.string({ error: "tasks.errors.completionTextRequired" }).min(1, "tasks.errors.completionTextRequired").max(4000, "validation.tooLong"),
    ),
    completionEvidenceNumber: optionalText(100),
    completionEvidenceDate: optionalDate(),
  })
  .transform(({ completionText, completionEvidenceNumber, completionEvidenceDate, ...rest }) => ({
    ...rest,
    text: completionText,
    evidenceNumber: completionEvidenceNumber,
    evidenceDate: completionEvidenceDate,
  }));
export interface ReportCompletionInput {
  taskId: number;
  version: number;
  text: string;
  evidenceNumber?: string;
  evidenceDate?: string;
}

export const acceptCompletionSchema = z.object({ taskId: idSchema, version: versionField() });
export type AcceptCompletionInput = z.output<typeof acceptCompletionSchema>;

export const returnCompletionSchema = z
  .object({ taskId: idSchema, version: versionField(), returnComment: requiredText(2000) })
  .transform(({ returnComment, ...rest }) => ({ ...rest, comment: returnComment }));
export type ReturnCompletionInput = z.output<typeof returnCompletionSchema>;

export const requestExtensionSchema = z.object({ taskId: idSchema, version: versionField(), requestedDeadline: requiredDate("tasks.errors.requestedDeadlineRequired"), reason: requiredText(2000, "tasks.errors.reasonRequired") });
export type RequestExtensionInput = z.output<typeof requestExtensionSchema>;

export const approveExtensionSchema = z
  .object({ taskId: idSchema, version: versionField(), requestId: idSchema, approveComment: optionalText(2000) })
  .transform(({ approveComment, ...rest }) => ({ ...rest, comment: approveComment }));
export interface ApproveExtensionInput {
  taskId: number;
  version: number;
  requestId: number;
  comment?: string;
}

export const refuseExtensionSchema = z
  .object({ taskId: idSchema, version: versionField(), requestId: idSchema, refuseComment: requiredText(2000) })
  .transform(({ refuseComment, ...rest }) => ({ ...rest, comment: refuseComment }));
export type RefuseExtensionInput = z.output<typeof refuseExtensionSchema>;
