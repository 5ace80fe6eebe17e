"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { mutate } from "@/lib/actions";
import { UserFacingError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { requiredId } from "@/lib/validation";
import { deleteFile, uploadFile } from "./commands";
import { fileOwner, fileOwnerTypes } from "./owners";
import { checkSize, type StoredFileMeta } from "./store";

/*
 * Public POST endpoints like every server action: mutate() checks the session and the
 * coarse "conferences.view"; the owner's own rule (canChange) is checked inside the
 * transaction by the command. mutate() sees the file input only as its name, so the
 * bytes are read from the FormData here. The body limit for these actions is set by
 * next.config.js experimental.serverActions.bodySizeLimit (must be at least "21mb").
 */

const uploadSchema = z.object({
  ownerType: z.enum(fileOwnerTypes, { error: "validation.invalid" }),
  ownerId: requiredId(),
  file: z.string({ error: "files.chooseFile" }).min(1, "files.chooseFile"),
});

const deleteSchema = z.object({ id: z.uuid("validation.invalid") });

function refresh(meta: StoredFileMeta | null): void {
  const target = meta ? fileOwner(meta.ownerType)?.revalidatePath(meta.ownerId) : undefined;
  if (target) revalidatePath(target.path, target.type);
}

export async function uploadFileAction(_state: FormState, formData: FormData): Promise<FormState> {
  let stored: StoredFileMeta | null = null;
  const result = await mutate(formData, {
    schema: uploadSchema,
    permission: "conferences.view",
    run: async ({ tx, user, audit, input }) => {
      const file = formData.get("file");
      if (!(file instanceof File) || file.name === "") throw new UserFacingError("files.chooseFile", "file");
      // Refuse by the declared size before reading 20+ MB into memory; the store checks the real bytes again.
      checkSize(file.size);
      const bytes = Buffer.from(await file.arrayBuffer());
      stored = await uploadFile({ tx, actor: user, audit }, { ownerType: input.ownerType, ownerId: input.ownerId, fileName: file.name, bytes });
      return stored;
    },
    successMessage: "files.uploaded",
  });
  if (result.status === "ok") refresh(stored);
  return result;
}

export async function deleteFileAction(_state: FormState, formData: FormData): Promise<FormState> {
  let removed: StoredFileMeta | null = null;
  const result = await mutate(formData, {
    schema: deleteSchema,
    permission: "conferences.view",
    run: async ({ tx, user, audit, input }) => {
      removed = await deleteFile({ tx, actor: user, audit }, input.id);
      return removed;
    },
    successMessage: "files.deleted",
  });
  if (result.status === "ok") refresh(removed);
  return result;
}
