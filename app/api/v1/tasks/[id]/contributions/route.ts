import { apiHandler } from "@/lib/api/handler";
import { addContributionRoute } from "@/lib/api/resources/tasks";

export const POST = apiHandler(addContributionRoute);
