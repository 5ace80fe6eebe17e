import { apiHandler } from "@/lib/api/handler";
import { listAgenciesRoute } from "@/lib/api/resources/catalogue";

export const GET = apiHandler(listAgenciesRoute);
