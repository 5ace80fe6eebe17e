import type { Db } from "@/db/client";
import { contentDisposition } from "@/lib/storage/content-disposition";
import { type FileStore, fileStore } from "@/lib/storage/store";
import { type DocumentUser, loadVisibleIssuedDocument } from "./access";
import { issuedFileName } from "./numbering";

const NO_STORE = "private, no-store";

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": NO_STORE } });
}

/**
 * GET /api/documents/<id>: the .docx exactly as it was stored when the document was issued
 * (never regenerated, so a re-download is byte for byte the issued file). A missing id, a
 * malformed one and a document the user may not see all give the same 404.
 */
export async function issuedDocumentResponse(db: Db, user: DocumentUser, idParam: string, store: FileStore = fileStore): Promise<Response> {
  if (!/^\d{1,10}$/.test(idParam)) return notFound();
  const document = await loadVisibleIssuedDocument(db, user, Number(idParam));
  if (!document) return notFound();
  const file = await store.get(document.fileId, db);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.bytes), {
    status: 200,
    headers: {
      "Content-Type": file.meta.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "Content-Disposition": contentDisposition(issuedFileName(document.symbol, document.title)),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": NO_STORE,
    },
  });
}
