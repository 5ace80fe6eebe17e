import { UserFacingError } from "@/lib/errors";
import { type FileCommandContext, uploadFile } from "@/lib/storage/commands";
import { checkSize, type StoredFileMeta } from "@/lib/storage/store";

/*
 * The evidence file chosen in a progress, contribution or completion form. It is stored on
 * the history entry the report creates, in the report's own transaction: a refused file
 * (too large, a type not allowed) leaves no report behind, and a report is never saved
 * without the file its sender chose. The same rules as any attachment (lib/storage).
 */

export interface EvidenceUpload {
  fileName: string;
  bytes: Buffer;
}

/** The chosen file, or null when the field was left empty. Refused by its declared size before reading it. */
export async function evidenceUploadFrom(formData: FormData, field: string): Promise<EvidenceUpload | null> {
  const file = formData.get(field);
  if (!(file instanceof File) || (file.name === "" && file.size === 0)) return null;
  return underField(field, async () => {
    checkSize(file.size);
    return { fileName: file.name, bytes: Buffer.from(await file.arrayBuffer()) };
  });
}

/** Stores the file on the history entry (permission, type check and audit row as any upload). */
export function attachEvidence(ctx: FileCommandContext, eventId: number, upload: EvidenceUpload, field: string): Promise<StoredFileMeta> {
  return underField(field, () => uploadFile(ctx, { ownerType: "task_event", ownerId: eventId, fileName: upload.fileName, bytes: upload.bytes }));
}

/** The storage rules name their error under "file"; here it belongs under the form's own field. */
async function underField<T>(field: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UserFacingError && error.field === "file") throw new UserFacingError(error.messageKey, field);
    throw error;
  }
}
