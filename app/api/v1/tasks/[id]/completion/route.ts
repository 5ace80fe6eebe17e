import { apiHandler } from "@/lib/api/handler";
import { reportCompletionRoute } from "@/lib/api/resources/tasks";

export const POST = apiHandler(reportCompletionRoute);
