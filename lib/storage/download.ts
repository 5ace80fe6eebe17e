import type { Db } from "@/db/client";
import { contentDisposition } from "./content-disposition";
import { type FileUser, fileOwner } from "./owners";
import { type FileStore, fileStore } from "./store";

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
}

/**
 * A download, checked on every request: the file's owner must be visible to this user.
 * An unknown id, a malformed one and a file the user may not see all give the same 404,
 * so ids are never confirmed. The bytes are read only after the check.
 */
export async function downloadResponse(db: Db, user: FileUser, id: string, store: FileStore = fileStore): Promise<Response> {
  const meta = await store.head(id, db);
  const owner = meta ? fileOwner(meta.ownerType) : null;
  if (!meta || !owner || !(await owner.canView(db, user, meta.ownerId))) return notFound();
  const file = await store.get(id, db);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: {
      "Content-Type": file.meta.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": contentDisposition(file.meta.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
