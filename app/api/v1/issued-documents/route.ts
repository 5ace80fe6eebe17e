import { apiHandler } from "@/lib/api/handler";
import { listIssuedDocumentsRoute } from "@/lib/api/resources/issued-documents";

export const GET = apiHandler(listIssuedDocumentsRoute);
