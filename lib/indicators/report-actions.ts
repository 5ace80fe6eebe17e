"use server";

import { getDb } from "@/db/client";
import { mutate } from "@/lib/actions";
import { getCurrentUser } from "@/lib/auth/session";
import type { FormState } from "@/lib/form-state";
import {
  approveReport,
  createReportingPeriod,
  linkReportToConference,
  openReports,
  returnReport,
  submitReport,
  unlinkReportFromConference,
  unlockReport,
} from "./report-commands";
import {
  conferenceLinkSchema,
  createPeriodSchema,
  openOwnReportSchema,
  openReportsSchema,
  reportStepSchema,
  returnReportSchema,
  unlockReportSchema,
  valueGridSchema,
} from "./report-validation";
import { gridRulesFor, reportScope, reportValuesMutation } from "./report-mutations";

/*
 * Each action is a public POST endpoint: mutate() checks the session and the permission
 * itself; entering values and submitting are scoped to the report's agency, so a unit
 * officer posting another agency's report id is refused. The commands check again inside
 * the transaction (and refuse anything but a draft).
 */

const LIST = "/reports";
const page = (id: number) => `${LIST}/${id}`;
const reportIdOf = (formData: FormData) => Number(formData.get("reportId"));

export async function createPeriodAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: createPeriodSchema,
    permission: "reports.approve",
    run: ({ tx, audit, input, user }) => createReportingPeriod({ tx, audit, actorId: user.id }, input),
    revalidate: [LIST],
    successMessage: "reports.messages.periodCreated",
    redirectTo: (period) => `${LIST}/new?period=${period.code}`,
  });
}

/** The secretariat opens reports for one agency or (agencyId "all") every agency that reports an indicator. */
export async function openReportsAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: openReportsSchema,
    permission: "reports.approve",
    run: ({ tx, audit, input, user }) => openReports({ tx, audit, actorId: user.id }, user, { periodCode: input.periodCode, agencyId: input.agencyId === "all" ? null : input.agencyId }),
    revalidate: [LIST],
    successMessage: "reports.messages.opened",
    redirectTo: (result) => (result.reportId ? page(result.reportId) : `${LIST}?period=${encodeURIComponent(String(formData.get("periodCode")))}`),
  });
}

/** A unit officer opens their own agency's report for an existing period (or finds the one already open). */
export async function openOwnReportAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: openOwnReportSchema,
    permission: "reports.enter",
    scope: (input) => ({ agencyId: input.agencyId }),
    run: ({ tx, audit, input, user }) => openReports({ tx, audit, actorId: user.id }, user, input),
    revalidate: [LIST],
    successMessage: "reports.messages.opened",
    redirectTo: (result) => (result.reportId ? page(result.reportId) : LIST),
  });
}

/**
 * The grid. Its rules (which indicators, which are ratios or never negative) come from the
 * report, read only for someone who may enter its values; for anyone else the grid is empty
 * and mutate() refuses them by the report's agency before anything is parsed into a write.
 */
export async function saveReportValuesAction(_state: FormState, formData: FormData): Promise<FormState> {
  const reportId = reportIdOf(formData);
  const rules = await gridRulesFor(getDb(), await getCurrentUser(), reportId);
  return mutate(formData, {
    ...reportValuesMutation(valueGridSchema(rules)),
    revalidate: [LIST, page(reportId)],
    successMessage: "reports.messages.valuesSaved",
  });
}

export async function submitReportAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: reportStepSchema,
    permission: "reports.enter",
    scope: reportScope,
    run: ({ tx, audit, input, user }) => submitReport({ tx, audit, actorId: user.id }, user, input),
    revalidate: [LIST, page(reportIdOf(formData))],
    successMessage: "reports.messages.submitted",
  });
}

export async function approveReportAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: reportStepSchema,
    permission: "reports.approve",
    run: ({ tx, audit, input, user }) => approveReport({ tx, audit, actorId: user.id }, user, input),
    revalidate: [LIST, page(reportIdOf(formData))],
    successMessage: "reports.messages.approved",
  });
}

export async function returnReportAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: returnReportSchema,
    permission: "reports.approve",
    run: ({ tx, audit, input, user }) => returnReport({ tx, audit, actorId: user.id }, user, input),
    revalidate: [LIST, page(reportIdOf(formData))],
    successMessage: "reports.messages.returned",
  });
}

export async function unlockReportAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: unlockReportSchema,
    permission: "reports.unlock",
    run: ({ tx, audit, input, user }) => unlockReport({ tx, audit, actorId: user.id }, user, input),
    revalidate: [LIST, page(reportIdOf(formData))],
    successMessage: "reports.messages.unlocked",
  });
}

export async function linkConferenceAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: conferenceLinkSchema,
    permission: "conferences.manage",
    run: ({ tx, audit, input, user }) => linkReportToConference({ tx, audit, actorId: user.id }, input),
    revalidate: [page(reportIdOf(formData)), `/conferences/${Number(formData.get("conferenceId"))}`],
    successMessage: "reports.messages.linked",
  });
}

export async function unlinkConferenceAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: conferenceLinkSchema,
    permission: "conferences.manage",
    run: ({ tx, audit, input, user }) => unlinkReportFromConference({ tx, audit, actorId: user.id }, input),
    revalidate: [page(reportIdOf(formData)), `/conferences/${Number(formData.get("conferenceId"))}`],
    successMessage: "reports.messages.unlinked",
  });
}
