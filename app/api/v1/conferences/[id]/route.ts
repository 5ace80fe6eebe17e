import { apiHandler } from "@/lib/api/handler";
import { getConferenceRoute } from "@/lib/api/resources/conferences";

export const GET = apiHandler(getConferenceRoute);
