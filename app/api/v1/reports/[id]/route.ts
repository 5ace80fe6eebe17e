import { apiHandler } from "@/lib/api/handler";
import { getReportRoute } from "@/lib/api/resources/reports";

export const GET = apiHandler(getReportRoute);
