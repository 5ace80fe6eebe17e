import { apiHandler } from "@/lib/api/handler";
import { listIndicatorsRoute } from "@/lib/api/resources/catalogue";

export const GET = apiHandler(listIndicatorsRoute);
