import { apiHandler } from "@/lib/api/handler";
import { getIssuedDocumentFileRoute } from "@/lib/api/resources/issued-documents";

export const GET = apiHandler(getIssuedDocumentFileRoute);
