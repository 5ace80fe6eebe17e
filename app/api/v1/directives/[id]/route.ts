import { apiHandler } from "@/lib/api/handler";
import { getDirectiveRoute } from "@/lib/api/resources/directives";

export const GET = apiHandler(getDirectiveRoute);
