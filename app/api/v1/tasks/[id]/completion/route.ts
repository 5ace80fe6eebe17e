import { apiHandler } from "@/lib/api/handler";
import { reportCompletionRoute } from "@/lib/api/resources/task-reports";

export const POST = apiHandler(reportCompletionRoute);
