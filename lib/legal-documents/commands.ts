import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/db/client";
import { legalDocuments } from "@/db/schema";
import type { MutationContext } from "@/lib/actions";
import { ConflictError, NotFoundError, UserFacingError } from "@/lib/errors";
import type { DocumentSymbol } from "./symbol";
import type { LegalDocumentInput, UpdateLegalDocumentInput } from "./validation";

/*
 * The changes behind the register's actions. They take the transaction and the audit writer
 * explicitly so tests run them on the real database without Next; a UserFacingError rolls
 * the whole transaction back, so a refused document writes nothing.
 */

type Audit = MutationContext<unknown>["audit"];
export interface LegalDocumentContext {
  tx: Db;
  audit: Audit;
}

export type LegalDocumentRow = typeof legalDocuments.$inferSelect;

function symbolColumns(symbol: DocumentSymbol) {
  return { symbol: symbol.normalized, number: symbol.number, year: symbol.year, typeCode: symbol.typeCode, issuer: symbol.issuer };
}

/** Another document already holding this normalised symbol (other than `exceptId`). */
async function findBySymbol(tx: Db, normalized: string, exceptId?: number): Promise<LegalDocumentRow | undefined> {
  const [row] = await tx
    .select()
    .from(legalDocuments)
    .where(and(eq(legalDocuments.symbol, normalized), exceptId === undefined ? undefined : ne(legalDocuments.id, exceptId)))
    .limit(1);
  return row;
}

export async function createLegalDocument({ tx, audit }: LegalDocumentContext, input: LegalDocumentInput): Promise<LegalDocumentRow> {
  // Compared on the normalised spelling, so "4/2012/tt-btttt" is the same document as 04/2012/TT-BTTTT.
  if (await findBySymbol(tx, input.symbol.normalized)) throw new UserFacingError("legalDocuments.errors.duplicate", "symbol");
  const [row] = await tx
    .insert(legalDocuments)
    .values({ ...symbolColumns(input.symbol), issuingBody: input.issuingBody ?? null, issuedOn: input.issuedOn ?? null, title: input.title ?? null })
    .returning();
  await audit({ action: "legal_document.create", entityType: "legal_document", entityId: row.id, after: row });
  return row;
}

/**
 * The register entry for a symbol, created (number, year, type and issuer only) when missing.
 * Used when a directive names a document the register does not hold yet.
 */
export async function findOrCreateBySymbol(ctx: LegalDocumentContext, symbol: DocumentSymbol): Promise<LegalDocumentRow> {
  const existing = await findBySymbol(ctx.tx, symbol.normalized);
  if (existing) return existing;
  const [row] = await ctx.tx.insert(legalDocuments).values(symbolColumns(symbol)).returning();
  await ctx.audit({ action: "legal_document.create", entityType: "legal_document", entityId: row.id, after: row });
  return row;
}

export async function updateLegalDocument({ tx, audit }: LegalDocumentContext, input: UpdateLegalDocumentInput): Promise<LegalDocumentRow> {
  // Locked so "before" is what this transaction overwrites; the version refuses a lost race.
  const [before] = await tx.select().from(legalDocuments).where(eq(legalDocuments.id, input.id)).for("update");
  if (!before) throw new NotFoundError();
  if (before.version !== input.version) throw new ConflictError();
  if (await findBySymbol(tx, input.symbol.normalized, input.id)) throw new UserFacingError("legalDocuments.errors.duplicate", "symbol");
  const [after] = await tx
    .update(legalDocuments)
    .set({
      ...symbolColumns(input.symbol),
      issuingBody: input.issuingBody ?? null,
      issuedOn: input.issuedOn ?? null,
      title: input.title ?? null,
      version: before.version + 1,
    })
    .where(and(eq(legalDocuments.id, input.id), eq(legalDocuments.version, input.version)))
    .returning();
  if (!after) throw new ConflictError();
  await audit({ action: "legal_document.update", entityType: "legal_document", entityId: input.id, before, after });
  return after;
}
