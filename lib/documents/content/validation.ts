import { z } from "zod";
import { officialDocumentKinds } from "@/db/schema";
import { checkbox, enumField, optionalId, optionalText, requiredDate, requiredId, requiredText, versionField } from "@/lib/validation";
import { AUTHORITY_PREFIXES } from "./wording";

/* Form schemas of the documents tab. Messages are keys (validation.* or conferenceDocuments.*). */

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

export const issueDocumentSchema = z
  .object({
    conferenceId: requiredId(),
    kind: enumField(officialDocumentKinds),
    /** "date": the field issueDocument reports a bad date under. */
    date: requiredDate(),
    signerName: requiredText(120),
    signerTitle: requiredText(200),
    authorityPrefix: z.preprocess(blankToUndefined, z.enum(AUTHORITY_PREFIXES, { error: "validation.invalid" }).optional()),
    authorityBody: optionalText(200),
    invitationId: optionalId(),
    subject: z.preprocess(blankToUndefined, z.enum(["previous", "self"], { error: "validation.invalid" }).optional()),
    /** "true" only from the confirmation page that showed the withdrawn one being replaced. */
    reissue: checkbox(),
  })
  .superRefine((value, ctx) => {
    if (value.authorityPrefix && !value.authorityBody) {
      ctx.addIssue({ code: "custom", path: ["authorityBody"], message: "conferenceDocuments.issue.authorityBodyRequired" });
    }
  });
export type IssueDocumentFormInput = z.output<typeof issueDocumentSchema>;

const TIME = /^([01]?\d|2[0-3])\s*[:hH.]\s*([0-5]\d)$/;

/** "8h00", "08.00", "08:00" → "08:00". */
const timeField = () =>
  z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : value),
    z
      .string({ error: "validation.required" })
      .min(1, "validation.required")
      .regex(TIME, "conferenceDocuments.minutes.timeInvalid")
      .transform((value) => {
        const match = TIME.exec(value);
        return match ? `${match[1].padStart(2, "0")}:${match[2]}` : value;
      }),
  );

const SUMMARY_FIELD = /^summary_(\d{1,9})$/;
export const SUMMARY_MAX = 10_000;

/**
 * The minutes draft form: times, secretary, other remarks, and one "summary_<agenda item id>"
 * text area per agenda item (collected into summaryByItem).
 */
export const minutesDraftSchema = z
  .looseObject({
    conferenceId: requiredId(),
    version: versionField(),
    startTime: timeField(),
    endTime: timeField(),
    secretaryName: optionalText(120),
    otherRemarks: optionalText(SUMMARY_MAX),
  })
  .transform((value, ctx) => {
    const summaryByItem: Record<string, string> = {};
    for (const [key, raw] of Object.entries(value)) {
      const match = SUMMARY_FIELD.exec(key);
      if (!match || typeof raw !== "string") continue;
      if (raw.length > SUMMARY_MAX) ctx.addIssue({ code: "custom", path: [key], message: "validation.tooLong" });
      summaryByItem[match[1]] = raw.trim();
    }
    if (value.endTime <= value.startTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "conferenceDocuments.minutes.endBeforeStart" });
    return {
      conferenceId: value.conferenceId,
      version: value.version,
      content: { startTime: value.startTime, endTime: value.endTime, secretaryName: value.secretaryName ?? "", otherRemarks: value.otherRemarks ?? "", summaryByItem },
    };
  });
export type MinutesDraftFormInput = z.output<typeof minutesDraftSchema>;

/** The conclusion notice's draft form: the assessment, the indicator table on or off, the directions. */
export const conclusionDraftSchema = z
  .object({
    conferenceId: requiredId(),
    version: versionField(),
    assessment: optionalText(SUMMARY_MAX),
    includeIndicatorTable: checkbox(),
    directions: optionalText(SUMMARY_MAX),
  })
  .transform((value) => ({
    conferenceId: value.conferenceId,
    version: value.version,
    content: { assessment: value.assessment ?? "", includeIndicatorTable: value.includeIndicatorTable, directions: value.directions ?? "" },
  }));
export type ConclusionDraftFormInput = z.output<typeof conclusionDraftSchema>;

/** The issue form's fields carried to the confirmation page in its address (nothing secret). */
export const ISSUE_FORM_FIELDS = ["date", "signerName", "signerTitle", "authorityPrefix", "authorityBody", "invitationId", "subject"] as const;
