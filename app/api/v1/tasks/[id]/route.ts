import { apiHandler } from "@/lib/api/handler";
import { getTaskRoute } from "@/lib/api/resources/tasks";

export const GET = apiHandler(getTaskRoute);
