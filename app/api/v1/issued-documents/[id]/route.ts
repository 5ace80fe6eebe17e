import { apiHandler } from "@/lib/api/handler";
import { getIssuedDocumentRoute } from "@/lib/api/resources/issued-documents";

export const GET = apiHandler(getIssuedDocumentRoute);
