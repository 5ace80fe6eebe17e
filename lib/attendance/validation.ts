import { z } from "zod";
import { optionalId, optionalText, requiredId, requiredText } from "@/lib/validation";

export const checkInSchema = z.object({ conferenceId: requiredId(), invitationId: requiredId() });
export const checkInByTokenSchema = z.object({ token: z.string().min(10).max(100) });
export const walkInSchema = z.object({
  conferenceId: requiredId(),
  attendeeName: requiredText(200),
  attendeePosition: optionalText(200),
  walkInAgencyId: optionalId(),
});
export const attendanceIdSchema = z.object({ conferenceId: requiredId(), attendanceId: requiredId() });
export const openCheckInSchema = z.object({ conferenceId: requiredId(), reason: requiredText(1000) });
