import { apiHandler } from "@/lib/api/handler";
import { submitReportValuesRoute } from "@/lib/api/resources/reports";

export const POST = apiHandler(submitReportValuesRoute);
