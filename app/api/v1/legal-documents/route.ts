import { apiHandler } from "@/lib/api/handler";
import { listLegalDocumentsRoute } from "@/lib/api/resources/catalogue";

export const GET = apiHandler(listLegalDocumentsRoute);
