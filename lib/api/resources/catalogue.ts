import { likeContains } from "@/lib/search/sql";
import { and, asc, eq, ilike, inArray, or } from "drizzle-orm";
import { z } from "zod";
import { agencies, agencyKinds, directiveSectors, indicatorKinds, indicatorReporters, indicators, legalDocuments } from "@/db/schema";
import { catalogueConditions, parseCatalogueParams } from "@/lib/indicators/catalogue-queries";
import { citation, legalDocumentConditions, parseLegalDocumentParams } from "@/lib/legal-documents/queries";
import { DOCUMENT_TYPES } from "@/lib/legal-documents/symbol";
import { cursorAt, keysetConditions, keysetOrder, listEnvelope, listQueryFields, pageOf } from "../pagination";
import { defineApiRoute } from "../route";
import { instant, isoDate, isoInstant, textFilter } from "./common";

/* Reference data everyone with read access sees the same: the indicator catalogue, the legal documents, the agencies. */

const toStrings = (query: Record<string, unknown>) => Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));

const indicatorSchema = z.object({
  id: z.number().int(),
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string().nullable(),
  unit: z.string(),
  sector: z.enum(directiveSectors),
  kind: z.enum(indicatorKinds).meta({ description: "flow (summed over a period), stock (a level), ratio (never summed)" }),
  decimals: z.number().int(),
  parentId: z.number().int().nullable().meta({ description: "“Trong đó”: the indicator this one is part of" }),
  sortOrder: z.number().int(),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable(),
  nonNegative: z.boolean(),
  reportingAgencyIds: z.array(z.number().int()),
  version: z.number().int(),
  updatedAt: isoInstant,
});

export const listIndicatorsRoute = defineApiRoute({
  method: "GET",
  path: "/indicators",
  operationId: "listIndicators",
  tag: "Indicators",
  summary: "The indicator catalogue with the agencies that report each",
  scope: "read",
  permission: "indicators.view",
  query: z.object({ sector: z.enum(directiveSectors).optional(), q: textFilter("Code or name"), ...listQueryFields }),
  response: listEnvelope(indicatorSchema),
  problems: ["unauthorized", "insufficient_scope", "invalid_request", "rate_limited"],
  example: {
    query: { sector: "postal_telecom" },
    response: {
      items: [
        { id: 21, code: "VT-TB-DD", nameVi: "Thuê bao di động", nameEn: "Mobile subscribers", unit: "thuê bao", sector: "postal_telecom", kind: "stock", decimals: 0, parentId: null, sortOrder: 10, validFrom: null, validTo: null, nonNegative: true, reportingAgencyIds: [7], version: 1, updatedAt: "2012-01-05T02:00:00.000Z" },
      ],
      nextCursor: null,
    },
  },
  handle: async ({ db, query }) => {
    const { cursor, limit, updated_since, ...pageParams } = query;
    const keys = { updatedAt: indicators.updatedAt, id: indicators.id };
    const rows = await db
      .select({ row: indicators, id: indicators.id, cursorAt: cursorAt(indicators.updatedAt) })
      .from(indicators)
      .where(and(...catalogueConditions(parseCatalogueParams(toStrings(pageParams))), ...keysetConditions(keys, { cursor, updated_since })))
      .orderBy(...keysetOrder(keys))
      .limit(limit + 1);
    const ids = rows.slice(0, limit).map((r) => r.id);
    const reporters = ids.length ? await db.select().from(indicatorReporters).where(inArray(indicatorReporters.indicatorId, ids)).orderBy(asc(indicatorReporters.agencyId)) : [];
    return pageOf(rows, limit, ({ row }) => ({
      id: row.id,
      code: row.code,
      nameVi: row.nameVi,
      nameEn: row.nameEn,
      unit: row.unit,
      sector: row.sector,
      kind: row.kind,
      decimals: row.decimals,
      parentId: row.parentId,
      sortOrder: row.sortOrder,
      validFrom: row.validFrom,
      validTo: row.validTo,
      nonNegative: row.nonNegative,
      reportingAgencyIds: reporters.filter((r) => r.indicatorId === row.id).map((r) => r.agencyId),
      version: row.version,
      updatedAt: instant(row.updatedAt),
    }));
  },
});

const legalDocumentSchema = z.object({
  id: z.number().int(),
  symbol: z.string().meta({ example: "04/2012/TT-BTTTT" }),
  citation: z.string().meta({ example: "Thông tư số 04/2012/TT-BTTTT ngày 13/4/2012" }),
  typeCode: z.string(),
  number: z.number().int(),
  year: z.number().int().nullable(),
  issuer: z.string(),
  issuingBody: z.string().nullable(),
  issuedOn: isoDate.nullable(),
  title: z.string().nullable(),
  updatedAt: isoInstant,
});

export const listLegalDocumentsRoute = defineApiRoute({
  method: "GET",
  path: "/legal-documents",
  operationId: "listLegalDocuments",
  tag: "Documents",
  summary: "The register of legal documents directives cite",
  scope: "read",
  permission: "directives.view",
  query: z.object({
    q: textFilter("Symbol or title"),
    type: z.enum(Object.keys(DOCUMENT_TYPES) as [keyof typeof DOCUMENT_TYPES, ...(keyof typeof DOCUMENT_TYPES)[]]).optional().meta({ description: "Type code (TT, NĐ, QĐ …)" }),
    ...listQueryFields,
  }),
  response: listEnvelope(legalDocumentSchema),
  problems: ["unauthorized", "insufficient_scope", "invalid_request", "rate_limited"],
  example: {
    query: { type: "TT" },
    response: {
      items: [{ id: 2, symbol: "04/2012/TT-BTTTT", citation: "Thông tư số 04/2012/TT-BTTTT ngày 13/4/2012", typeCode: "TT", number: 4, year: 2012, issuer: "BTTTT", issuingBody: "Bộ Thông tin và Truyền thông", issuedOn: "2012-04-13", title: null, updatedAt: "2012-05-01T02:00:00.000Z" }],
      nextCursor: null,
    },
  },
  handle: async ({ db, query }) => {
    const { cursor, limit, updated_since, ...pageParams } = query;
    const keys = { updatedAt: legalDocuments.updatedAt, id: legalDocuments.id };
    const rows = await db
      .select({ row: legalDocuments, id: legalDocuments.id, cursorAt: cursorAt(legalDocuments.updatedAt) })
      .from(legalDocuments)
      .where(and(...legalDocumentConditions(parseLegalDocumentParams(toStrings(pageParams))), ...keysetConditions(keys, { cursor, updated_since })))
      .orderBy(...keysetOrder(keys))
      .limit(limit + 1);
    return pageOf(rows, limit, ({ row }) => ({
      id: row.id,
      symbol: row.symbol,
      citation: citation(row),
      typeCode: row.typeCode,
      number: row.number,
      year: row.year,
      issuer: row.issuer,
      issuingBody: row.issuingBody,
      issuedOn: row.issuedOn,
      title: row.title,
      updatedAt: instant(row.updatedAt),
    }));
  },
});

const agencySchema = z.object({
  id: z.number().int(),
  code: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: z.enum(agencyKinds),
  parentId: z.number().int().nullable(),
  validFrom: isoDate.nullable(),
  validTo: isoDate.nullable().meta({ description: "Closed (merged or dissolved) after this day" }),
  successorId: z.number().int().nullable(),
  version: z.number().int(),
  updatedAt: isoInstant,
});

export const listAgenciesRoute = defineApiRoute({
  method: "GET",
  path: "/agencies",
  operationId: "listAgencies",
  tag: "Directory",
  summary: "Agencies (the directory), with parent and successor",
  description: "`q` matches the name, short name or code as typed (with diacritics); the directory page also folds them.",
  scope: "read",
  permission: "directory.view",
  query: z.object({ q: textFilter("Name, short name or code"), kind: z.enum(agencyKinds).optional(), ...listQueryFields }),
  response: listEnvelope(agencySchema),
  problems: ["unauthorized", "insufficient_scope", "invalid_request", "rate_limited"],
  example: {
    query: { kind: "postal_telecom" },
    response: {
      items: [{ id: 7, code: "VIETTEL-DB", name: "Viettel Điện Biên", shortName: null, kind: "postal_telecom", parentId: null, validFrom: null, validTo: null, successorId: null, version: 1, updatedAt: "2012-01-01T00:00:00.000Z" }],
      nextCursor: null,
    },
  },
  handle: async ({ db, query }) => {
    const { cursor, limit, updated_since, q, kind } = query;
    const keys = { updatedAt: agencies.updatedAt, id: agencies.id };
    const pattern = q ? likeContains(q) : undefined;
    const rows = await db
      .select({ row: agencies, id: agencies.id, cursorAt: cursorAt(agencies.updatedAt) })
      .from(agencies)
      .where(
        and(
          kind ? eq(agencies.kind, kind) : undefined,
          pattern ? or(ilike(agencies.name, pattern), ilike(agencies.shortName, pattern), ilike(agencies.code, pattern)) : undefined,
          ...keysetConditions(keys, { cursor, updated_since }),
        ),
      )
      .orderBy(...keysetOrder(keys))
      .limit(limit + 1);
    return pageOf(rows, limit, ({ row }) => ({
      id: row.id,
      code: row.code,
      name: row.name,
      shortName: row.shortName,
      kind: row.kind,
      parentId: row.parentId,
      validFrom: row.validFrom,
      validTo: row.validTo,
      successorId: row.successorId,
      version: row.version,
      updatedAt: instant(row.updatedAt),
    }));
  },
});
