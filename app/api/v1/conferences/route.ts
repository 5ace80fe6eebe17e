import { apiHandler } from "@/lib/api/handler";
import { createConferenceRoute, listConferencesRoute } from "@/lib/api/resources/conferences";

export const GET = apiHandler(listConferencesRoute);
export const POST = apiHandler(createConferenceRoute);
