import { apiHandler } from "@/lib/api/handler";
import { addContributionRoute } from "@/lib/api/resources/task-reports";

export const POST = apiHandler(addContributionRoute);
