import { createHash } from "node:crypto";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { storedFiles, users } from "@/db/schema";
import { UserFacingError } from "@/lib/errors";
import { cleanFileName } from "./content-disposition";
import { requireAllowedType } from "./content-type";

/** 20 MB a file. Server actions must accept a body this large (next.config.js serverActions.bodySizeLimit). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface StoredFileMeta {
  id: string;
  ownerType: string;
  ownerId: number;
  fileName: string;
  /** Detected from the bytes, never the browser's claim. */
  contentType: string;
  byteSize: number;
  sha256: string;
  uploadedById: number | null;
  uploadedAt: Date;
}

/** A list row also names who uploaded it (one join, no query per row). */
export interface StoredFileListItem extends StoredFileMeta {
  uploadedByName: string | null;
}

export interface PutFileInput {
  ownerType: string;
  ownerId: number;
  fileName: string;
  bytes: Buffer;
  uploadedById: number | null;
}

/**
 * Everything the features know about file storage. Keep it this narrow: each method
 * takes the db handle or transaction it runs in, and nothing outside lib/storage reads
 * the stored_files table, so the bytes can move elsewhere without touching a feature.
 *
 * Where S3-compatible object storage would plug in: a second class implementing
 * FileStore that keeps the metadata rows in stored_files (still in the caller's
 * transaction, so permissions, lists and audit stay as they are) and the bytes in the
 * bucket under the key `files/<id>`; `put` uploads first and inserts the row, `get`
 * reads the row then the object, `remove` deletes the row and then the object (a
 * failed object delete leaves an orphan to sweep, never a row without bytes). The
 * content column would become nullable (a schema change). Then export that instance
 * as `fileStore` below instead of the database one, chosen by an env setting.
 */
export interface FileStore {
  put(input: PutFileInput, tx: Db): Promise<StoredFileMeta>;
  /** Metadata only, to check permission before any bytes are read. */
  head(id: string, db: Db): Promise<StoredFileMeta | null>;
  get(id: string, db: Db): Promise<{ meta: StoredFileMeta; bytes: Buffer } | null>;
  /** Metadata only, newest first; never the content. */
  /** Metadata of the files of one owner, or of several owners at once (one query for a whole list). */
  list(ownerType: string, ownerIds: number | readonly number[], db: Db): Promise<StoredFileListItem[]>;
  remove(id: string, tx: Db): Promise<StoredFileMeta | null>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A string that can be a stored file's id; anything else is simply not found (no SQL error from a bad uuid). */
export function isFileId(value: string): boolean {
  return UUID.test(value);
}

/** The refusals every store applies before storing anything. */
export function checkSize(byteSize: number): void {
  if (byteSize <= 0) throw new UserFacingError("files.emptyFile", "file");
  if (byteSize > MAX_FILE_BYTES) throw new UserFacingError("files.tooLarge", "file");
}

const metaColumns = {
  id: storedFiles.id,
  ownerType: storedFiles.ownerType,
  ownerId: storedFiles.ownerId,
  fileName: storedFiles.fileName,
  contentType: storedFiles.contentType,
  byteSize: storedFiles.byteSize,
  sha256: storedFiles.sha256,
  uploadedById: storedFiles.uploadedById,
  uploadedAt: storedFiles.uploadedAt,
};

/** The default store: bytes in PostgreSQL (bytea), so they work on PGlite and on several app servers and are backed up with the data. */
export class DatabaseFileStore implements FileStore {
  async put(input: PutFileInput, tx: Db): Promise<StoredFileMeta> {
    checkSize(input.bytes.byteLength);
    const fileName = cleanFileName(input.fileName);
    const type = await requireAllowedType(input.bytes, fileName);
    const [row] = await tx
      .insert(storedFiles)
      .values({
        ownerType: input.ownerType,
        ownerId: input.ownerId,
        fileName,
        contentType: type.mime,
        byteSize: input.bytes.byteLength,
        sha256: createHash("sha256").update(input.bytes).digest("hex"),
        // Sent as hex text and decoded by the server: PGlite takes ~12 s to bind a 20 MB
        // binary parameter but ~1 s for this; PostgreSQL accepts it just as well.
        content: sql`decode(${input.bytes.toString("hex")}, 'hex')`,
        uploadedById: input.uploadedById,
      })
      .returning(metaColumns);
    return row;
  }

  async head(id: string, db: Db): Promise<StoredFileMeta | null> {
    if (!isFileId(id)) return null;
    const [row] = await db.select(metaColumns).from(storedFiles).where(eq(storedFiles.id, id)).limit(1);
    return row ?? null;
  }

  async get(id: string, db: Db): Promise<{ meta: StoredFileMeta; bytes: Buffer } | null> {
    if (!isFileId(id)) return null;
    const [row] = await db
      .select({ ...metaColumns, content: sql<string>`encode(${storedFiles.content}, 'base64')` })
      .from(storedFiles)
      .where(eq(storedFiles.id, id))
      .limit(1);
    if (!row) return null;
    // Read as base64 text for the same reason as in put (PGlite returns large bytea slowly).
    const { content, ...meta } = row;
    return { meta, bytes: Buffer.from(content, "base64") };
  }

  async list(ownerType: string, ownerIds: number | readonly number[], db: Db): Promise<StoredFileListItem[]> {
    const ids = typeof ownerIds === "number" ? [ownerIds] : [...ownerIds];
    if (ids.length === 0) return [];
    return db
      .select({ ...metaColumns, uploadedByName: users.displayName })
      .from(storedFiles)
      .leftJoin(users, eq(users.id, storedFiles.uploadedById))
      .where(and(eq(storedFiles.ownerType, ownerType), inArray(storedFiles.ownerId, ids)))
      .orderBy(desc(storedFiles.uploadedAt), storedFiles.id);
  }

  async remove(id: string, tx: Db): Promise<StoredFileMeta | null> {
    if (!isFileId(id)) return null;
    const [row] = await tx.delete(storedFiles).where(eq(storedFiles.id, id)).returning(metaColumns);
    return row ?? null;
  }
}

export const fileStore: FileStore = new DatabaseFileStore();
export default fileStore;
