import type { MutationCore } from "@/lib/actions";
import { createConference } from "./commands";
import { createConferenceSchema } from "./validation";

/** Creating a conference: the form's server action and POST /api/v1/conferences share these rules. */
export const createConferenceMutation = {
  schema: createConferenceSchema,
  permission: "conferences.manage",
  run: ({ tx, audit, input, user }) => createConference({ tx, audit, actorId: user.id }, input),
} satisfies MutationCore<typeof createConferenceSchema, unknown>;
