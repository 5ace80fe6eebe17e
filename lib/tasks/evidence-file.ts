import type { z } from "zod";
import type { MutationCore } from "@/lib/actions";
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

/**
 * An empty file input still posts a part: a browser sends it with an empty name, and the
 * action's decoding may hand it over as "blob". A 0-byte part without an extension is that,
 * not a file someone chose (every allowed evidence type has an extension); a chosen empty
 * "bao-cao.pdf" is still refused as empty by the store.
 */
function nothingChosen(file: File): boolean {
  return file.size === 0 && !/\.[^.]+$/.test(file.name);
}

/** The chosen file, or null when the field was left empty. Refused by its declared size before reading it. */
export async function evidenceUploadFrom(formData: FormData, field: string): Promise<EvidenceUpload | null> {
  const file = formData.get(field);
  if (!(file instanceof File) || nothingChosen(file)) return null;
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

/**
 * A unit's reporting step (lib/tasks/mutations.ts) with the form's evidence file stored on the
 * history entry the step creates, in the step's own transaction. The API posts JSON and has no file.
 */
export function withEvidence<S extends z.ZodType, R>(
  mutation: MutationCore<S, R>,
  formData: FormData,
  field: string,
  eventIdOf: (result: R) => number,
): MutationCore<S, R> {
  return {
    ...mutation,
    run: async (ctx) => {
      const result = await mutation.run(ctx);
      const upload = await evidenceUploadFrom(formData, field);
      if (upload) await attachEvidence({ tx: ctx.tx, audit: ctx.audit, actor: ctx.user }, eventIdOf(result), upload, field);
      return result;
    },
  };
}
