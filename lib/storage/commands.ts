import type { Db } from "@/db/client";
import type { AuditEntry } from "@/lib/audit";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { type FileUser, fileOwner } from "./owners";
import { type FileStore, fileStore, type StoredFileMeta } from "./store";

/** What a file change needs, passed explicitly so vitest can run it without Next. */
export interface FileCommandContext {
  tx: Db;
  actor: FileUser & { id: number };
  audit: (entry: Omit<AuditEntry, "actorId" | "actorUsername" | "meta">) => Promise<void>;
  store?: FileStore;
}

/** The audit row names the file, never its bytes. */
function auditView(meta: StoredFileMeta) {
  return { fileName: meta.fileName, contentType: meta.contentType, byteSize: meta.byteSize, sha256: meta.sha256, ownerType: meta.ownerType, ownerId: meta.ownerId };
}

export async function uploadFile(ctx: FileCommandContext, input: { ownerType: string; ownerId: number; fileName: string; bytes: Buffer }): Promise<StoredFileMeta> {
  const owner = fileOwner(input.ownerType);
  if (!owner || !(await owner.canChange(ctx.tx, ctx.actor, input.ownerId))) throw new ForbiddenError();
  const meta = await (ctx.store ?? fileStore).put({ ...input, uploadedById: ctx.actor.id }, ctx.tx);
  await ctx.audit({ action: "file.upload", entityType: "file", entityId: meta.id, after: auditView(meta) });
  return meta;
}

/** The owner comes from the stored row, never from the form, so a file cannot be deleted through another owner's permission. */
export async function deleteFile(ctx: FileCommandContext, id: string): Promise<StoredFileMeta> {
  const store = ctx.store ?? fileStore;
  const meta = await store.head(id, ctx.tx);
  if (!meta) throw new NotFoundError();
  const owner = fileOwner(meta.ownerType);
  if (!owner || !(await owner.canChange(ctx.tx, ctx.actor, meta.ownerId))) {
    // Someone who cannot even see the owner learns nothing about the file.
    if (!owner || !(await owner.canView(ctx.tx, ctx.actor, meta.ownerId))) throw new NotFoundError();
    throw new ForbiddenError();
  }
  await store.remove(id, ctx.tx);
  await ctx.audit({ action: "file.delete", entityType: "file", entityId: meta.id, before: auditView(meta) });
  return meta;
}
