import { apiHandler } from "@/lib/api/handler";
import { listDirectivesRoute } from "@/lib/api/resources/directives";

export const GET = apiHandler(listDirectivesRoute);
