import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { issuedDocuments, officialDocumentKinds } from "@/db/schema";
import { visibleDocumentsCondition } from "@/lib/documents/access";
import { issuedDocumentResponse } from "@/lib/documents/download-route";
import { isDocumentTypeCode } from "@/lib/documents/numbering";
import { cursorAt, keysetConditions, keysetOrder, listEnvelope, listQueryFields, pageOf } from "../pagination";
import { ApiProblem } from "../problem";
import { defineApiRoute, idParams } from "../route";
import { idFilter, instant, isoDate, isoInstant, optionalInstant } from "./common";

/* Issued documents (giấy mời, biên bản, thông báo kết luận …): the register's visibility (a unit sees those addressed to it) and the file as issued. */

const issuedDocumentSchema = z.object({
  id: z.number().int(),
  kind: z.enum(officialDocumentKinds),
  symbol: z.string().meta({ example: "05/TB-STTTT" }),
  typeCode: z.string(),
  number: z.number().int(),
  year: z.number().int(),
  title: z.string(),
  issuedOn: isoDate,
  conferenceId: z.number().int().nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  withdrawnAt: isoInstant.nullable(),
  withdrawReason: z.string().nullable(),
  fileUrl: z.string().meta({ description: "The .docx exactly as issued (same token)" }),
  updatedAt: isoInstant,
});

const example = {
  id: 5,
  kind: "conclusion_notice" as const,
  symbol: "05/TB-STTTT",
  typeCode: "TB",
  number: 5,
  year: 2012,
  title: "Thông báo kết luận Hội nghị sơ kết 6 tháng đầu năm 2012",
  issuedOn: "2012-07-05",
  conferenceId: 1,
  signerName: "Nguyễn Văn A",
  signerTitle: "Giám đốc",
  withdrawnAt: null,
  withdrawReason: null,
  fileUrl: "/api/v1/issued-documents/5/file",
  updatedAt: "2012-07-05T02:00:00.000Z",
};

export const listIssuedDocumentsRoute = defineApiRoute({
  method: "GET",
  path: "/issued-documents",
  operationId: "listIssuedDocuments",
  tag: "Documents",
  summary: "Documents issued from conferences (the register), with a link to each file",
  description: "A unit officer's token sees the documents addressed to its unit, as on /documents.",
  scope: "read",
  permission: "documents.view",
  query: z.object({
    year: z.coerce.number().int().min(1990).max(2200).optional(),
    type: z.string().refine((value) => isDocumentTypeCode(value)).optional().meta({ description: "GM, BB, TB or BC" }),
    conference: idFilter("Conference id"),
    ...listQueryFields,
  }),
  response: listEnvelope(issuedDocumentSchema),
  problems: ["unauthorized", "insufficient_scope", "invalid_request", "rate_limited"],
  example: { query: { year: 2012, type: "TB" }, response: { items: [example], nextCursor: null } },
  handle: async ({ db, user, query }) => {
    const { cursor, limit, updated_since, year, type, conference } = query;
    const keys = { updatedAt: issuedDocuments.updatedAt, id: issuedDocuments.id };
    const rows = await db
      .select({ row: issuedDocuments, id: issuedDocuments.id, cursorAt: cursorAt(issuedDocuments.updatedAt) })
      .from(issuedDocuments)
      .where(
        and(
          visibleDocumentsCondition(user),
          year ? eq(issuedDocuments.year, year) : undefined,
          type ? eq(issuedDocuments.typeCode, type) : undefined,
          conference ? eq(issuedDocuments.conferenceId, conference) : undefined,
          ...keysetConditions(keys, { cursor, updated_since }),
        ),
      )
      .orderBy(...keysetOrder(keys))
      .limit(limit + 1);
    return pageOf(rows, limit, ({ row }) => present(row));
  },
});

function present(row: typeof issuedDocuments.$inferSelect) {
  return {
    id: row.id,
    kind: row.kind,
    symbol: row.symbol,
    typeCode: row.typeCode,
    number: row.number,
    year: row.year,
    title: row.title,
    issuedOn: row.issuedOn,
    conferenceId: row.conferenceId,
    signerName: row.signerName,
    signerTitle: row.signerTitle,
    withdrawnAt: optionalInstant(row.withdrawnAt),
    withdrawReason: row.withdrawReason,
    fileUrl: `/api/v1/issued-documents/${row.id}/file`,
    updatedAt: instant(row.updatedAt),
  };
}

export const getIssuedDocumentRoute = defineApiRoute({
  method: "GET",
  path: "/issued-documents/{id}",
  operationId: "getIssuedDocument",
  tag: "Documents",
  summary: "An issued document's metadata",
  scope: "read",
  permission: "documents.view",
  params: idParams,
  response: issuedDocumentSchema,
  problems: ["unauthorized", "not_found", "rate_limited"],
  example: { params: { id: 5 }, response: example },
  handle: async ({ db, user, params }) => {
    const [row] = await db.select().from(issuedDocuments).where(and(eq(issuedDocuments.id, params.id), visibleDocumentsCondition(user))).limit(1);
    if (!row) throw new ApiProblem("not_found");
    return present(row);
  },
});

export const getIssuedDocumentFileRoute = defineApiRoute({
  method: "GET",
  path: "/issued-documents/{id}/file",
  operationId: "getIssuedDocumentFile",
  tag: "Documents",
  summary: "The issued .docx, byte for byte as issued",
  scope: "read",
  permission: "documents.view",
  params: idParams,
  response: z.unknown(),
  fileContentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  problems: ["unauthorized", "not_found", "rate_limited"],
  example: { params: { id: 5 } },
  handle: async ({ db, user, params }) => {
    // The register's own download (same visibility, same bytes); its plain 404 becomes a problem.
    const response = await issuedDocumentResponse(db, user, String(params.id));
    if (response.status === 404) throw new ApiProblem("not_found");
    return response;
  },
});
