"use server";

import { mutate } from "@/lib/actions";
import type { FormState } from "@/lib/form-state";
import { checkIn, checkInByToken, checkInWalkIn, openCheckInOutsideDays, recordLeave, undoCheckIn } from "./commands";
import { attendanceIdSchema, checkInByTokenSchema, checkInSchema, openCheckInSchema, walkInSchema } from "./validation";

/* Public POST endpoints: mutate() checks the session and attendance.manage itself. */
const conferencePaths = (formData: FormData) => {
  const id = Number(formData.get("conferenceId"));
  return [`/conferences/${id}/attendance`, `/conferences/${id}/attendance/roster`, `/conferences/${id}/invitations`];
};

export async function checkInAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: checkInSchema,
    permission: "attendance.manage",
    run: ({ tx, user, audit, input }) => checkIn({ tx, actorId: user.id, audit }, input),
    revalidate: conferencePaths(formData),
    successMessage: "attendance.checkedIn",
  });
}

export async function checkInByTokenAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: checkInByTokenSchema,
    permission: "attendance.manage",
    run: ({ tx, user, audit, input }) => checkInByToken({ tx, actorId: user.id, audit }, input.token),
    revalidate: [`/check-in/${String(formData.get("token"))}`],
    successMessage: "attendance.checkedIn",
  });
}

export async function walkInAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: walkInSchema,
    permission: "attendance.manage",
    run: ({ tx, user, audit, input }) => checkInWalkIn({ tx, actorId: user.id, audit }, input),
    revalidate: conferencePaths(formData),
    redirectTo: (created) => `/conferences/${created.conferenceId}/attendance?added=1`,
  });
}

export async function leaveAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: attendanceIdSchema,
    permission: "attendance.manage",
    run: ({ tx, user, audit, input }) => recordLeave({ tx, actorId: user.id, audit }, input),
    revalidate: conferencePaths(formData),
    successMessage: "attendance.leaveSaved",
  });
}

export async function undoCheckInAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: attendanceIdSchema,
    permission: "attendance.manage",
    run: ({ tx, user, audit, input }) => undoCheckIn({ tx, actorId: user.id, audit }, input),
    revalidate: conferencePaths(formData),
    successMessage: "attendance.undone",
  });
}

/** The secretariat's override of the conference's days for check-in (conferences.manage, with a reason). */
export async function openCheckInAction(_state: FormState, formData: FormData): Promise<FormState> {
  return mutate(formData, {
    schema: openCheckInSchema,
    permission: "conferences.manage",
    run: ({ tx, user, audit, input }) => openCheckInOutsideDays({ tx, actorId: user.id, audit }, input),
    revalidate: conferencePaths(formData),
    successMessage: "attendance.opened",
  });
}
