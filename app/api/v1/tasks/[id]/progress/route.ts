import { apiHandler } from "@/lib/api/handler";
import { reportProgressRoute } from "@/lib/api/resources/tasks";

export const POST = apiHandler(reportProgressRoute);
