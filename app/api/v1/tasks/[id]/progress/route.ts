import { apiHandler } from "@/lib/api/handler";
import { reportProgressRoute } from "@/lib/api/resources/task-reports";

export const POST = apiHandler(reportProgressRoute);
