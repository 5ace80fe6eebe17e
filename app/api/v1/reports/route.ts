import { apiHandler } from "@/lib/api/handler";
import { listReportsRoute } from "@/lib/api/resources/reports";

export const GET = apiHandler(listReportsRoute);
