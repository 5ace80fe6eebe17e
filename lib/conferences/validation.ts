import { z } from "zod";
import { conferenceFormats, conferenceKinds } from "@/db/schema";
import { parseCalendarDate } from "@/lib/dates";
import { checkbox, enumField, idSchema, optionalDate, optionalId, optionalText, requiredId, requiredText, versionField } from "@/lib/validation";
import { PERIOD_REGEX, type TransitionName } from "./rules";
import { vietnamInstant } from "./time";

/*
 * The conference form sends a date (dd/mm/yyyy), a start and an end time (HH:mm) and,
 * for a conference over several days, an end date; the schema turns them into the two
 * instants stored, in Asia/Ho_Chi_Minh. Messages are keys under "validation" or "conferences.errors".
 */

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** 8:00, 08:00, 8h00 → "08:00"; anything else is refused. */
export function parseTime(value: string): string | undefined {
  const match = /^([01]?\d|2[0-3])[:hH.]([0-5]\d)$/.exec(value.trim());
  return match ? `${match[1].padStart(2, "0")}:${match[2]}` : undefined;
}

const requiredDate = (required = "validation.required") =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z
      .string({ error: required })
      .min(1, required)
      .transform((value, ctx) => {
        const parsed = parseCalendarDate(value);
        if (!parsed) {
          ctx.addIssue({ code: "custom", message: "validation.date" });
          return z.NEVER;
        }
        return parsed;
      }),
  );

const requiredTime = (required = "validation.required") =>
  z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z
      .string({ error: required })
      .min(1, required)
      .transform((value, ctx) => {
        const parsed = parseTime(value);
        if (!parsed) {
          ctx.addIssue({ code: "custom", message: "conferences.errors.time" });
          return z.NEVER;
        }
        return parsed;
      }),
  );

const optionalPeriod = () =>
  z.preprocess(
    (v) => (typeof v === "string" ? emptyToUndefined(v.trim().toUpperCase()) : v),
    z.string().regex(PERIOD_REGEX, "conferences.errors.period").optional(),
  );

/** Date + times → start and end instants, with the end-before-start error under the end time. */
const timeShape = {
  date: requiredDate("conferences.errors.dateRequired"),
  startTime: requiredTime("conferences.errors.startTimeRequired"),
  endTime: requiredTime("conferences.errors.endTimeRequired"),
  endDate: optionalDate(),
};
type TimeInput = { date: string; startTime: string; endTime: string; endDate?: string };
function withInstants<T extends TimeInput>(value: T, ctx: z.RefinementCtx) {
  const startsAt = vietnamInstant(value.date, value.startTime);
  const endsAt = vietnamInstant(value.endDate ?? value.date, value.endTime);
  if (endsAt.getTime() <= startsAt.getTime()) {
    ctx.addIssue({ code: "custom", message: "conferences.errors.endBeforeStart", path: [value.endDate && value.endDate !== value.date ? "endDate" : "endTime"] });
    return z.NEVER;
  }
  return { ...value, startsAt, endsAt };
}

const conferenceFields = {
  title: requiredText(500, "conferences.errors.titleRequired"),
  kind: enumField(conferenceKinds, "conferences.errors.kindRequired"),
  reviewedPeriod: optionalPeriod(),
  plannedPeriod: optionalPeriod(),
  ...timeShape,
  hostAgencyId: requiredId("conferences.errors.hostRequired"),
  chairPersonId: optionalId(),
  secretaryPersonId: optionalId(),
  format: enumField(conferenceFormats),
  venue: optionalText(500),
  notes: optionalText(5000),
  publishedToAll: checkbox(),
  publicOnSchedule: checkbox(),
  replyDeadline: optionalDate(),
};

export const createConferenceSchema = z.object({ ...conferenceFields, previousConferenceId: optionalId() }).transform(withInstants);
export type ConferenceInput = z.output<typeof createConferenceSchema>;

export const updateConferenceSchema = z.object({ id: idSchema, version: versionField(), ...conferenceFields }).transform(withInstants);
export type UpdateConferenceInput = z.output<typeof updateConferenceSchema>;

const transitionNames = ["schedule", "hold", "conclude", "close", "postpone", "cancel", "reschedule"] as const satisfies readonly TransitionName[];

/** A status change; a postponement also carries the new date and times (checked in the command). */
export const changeStatusSchema = z.object({
  id: idSchema,
  version: versionField(),
  transition: enumField(transitionNames),
  reason: optionalText(1000),
  date: z.preprocess(emptyToUndefined, requiredDate().optional()),
  startTime: z.preprocess(emptyToUndefined, requiredTime().optional()),
  endTime: z.preprocess(emptyToUndefined, requiredTime().optional()),
});
export type ChangeStatusInput = z.output<typeof changeStatusSchema>;

export const deleteConferenceSchema = z.object({ id: idSchema, version: versionField() });
export type DeleteConferenceInput = z.output<typeof deleteConferenceSchema>;

export const restoreConferenceSchema = z.object({ id: idSchema });
export type RestoreConferenceInput = z.output<typeof restoreConferenceSchema>;

export const addBridgePointSchema = z.object({
  conferenceId: idSchema,
  name: requiredText(300, "conferences.errors.bridgeNameRequired"),
  place: optionalText(500),
  responsibleAgencyId: optionalId(),
  contact: optionalText(300),
});
export type AddBridgePointInput = z.output<typeof addBridgePointSchema>;

export const removeBridgePointSchema = z.object({ conferenceId: idSchema, id: idSchema, version: versionField() });
export type RemoveBridgePointInput = z.output<typeof removeBridgePointSchema>;

const bridgeFields = {
  name: requiredText(300, "conferences.errors.bridgeNameRequired"),
  place: optionalText(500),
  responsibleAgencyId: optionalId(),
  contact: optionalText(300),
};

export const updateBridgePointSchema = z.object({ conferenceId: idSchema, id: idSchema, version: versionField(), ...bridgeFields });
export type UpdateBridgePointInput = z.output<typeof updateBridgePointSchema>;

export const moveBridgePointSchema = z.object({
  conferenceId: idSchema,
  id: idSchema,
  version: versionField(),
  direction: z.enum(["up", "down"], { error: "validation.invalid" }),
});
export type MoveBridgePointInput = z.output<typeof moveBridgePointSchema>;

/** A pasted list; each line is checked by lib/conferences/bridge-list.ts. */
export const addBridgeListSchema = z.object({ conferenceId: idSchema, list: z.string({ error: "conferences.bridge.errors.empty" }).max(100_000, "validation.tooLong") });
