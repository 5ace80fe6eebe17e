import { apiHandler } from "@/lib/api/handler";
import { listTasksRoute } from "@/lib/api/resources/tasks";

export const GET = apiHandler(listTasksRoute);
