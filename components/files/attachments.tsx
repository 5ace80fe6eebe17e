import { getTranslations } from "@/lib/i18n/server";
import { ConfirmInline } from "@/components/ui/confirm-inline";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField } from "@/components/ui/fields";
import { type Column, DataTable } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { formatDate } from "@/lib/format";
import { deleteFileAction, uploadFileAction } from "@/lib/storage/actions";
import { ACCEPT_ATTRIBUTE } from "@/lib/storage/content-type";
import { formatFileSize } from "@/lib/storage/format-size";
import type { FileOwnerType } from "@/lib/storage/owners";
import { fileStore, MAX_FILE_BYTES, type StoredFileListItem } from "@/lib/storage/store";
import { FileField } from "./file-field";

/**
 * The files attached to a conference or an agenda item: a list (one query, joined to
 * the uploader) and, for those who may change the owner, upload and delete. The page
 * that renders this has already loaded the owner with its visibility check; downloads
 * and actions check again on the server whatever this shows.
 */
export async function Attachments({ ownerType, ownerId, canChange }: { ownerType: FileOwnerType; ownerId: number; canChange: boolean }) {
  const t = await getTranslations("files");
  const tc = await getTranslations("common");
  const files = await fileStore.list(ownerType, ownerId, getDb());
  const [uploadLabels, deleteLabels] = canChange ? await Promise.all([getFormLabels("files.upload", "files.uploading"), getFormLabels("files.confirmDelete", "files.deleting")]) : [null, null];

  const columns: Column<StoredFileListItem>[] = [
    {
      key: "name",
      header: t("name"),
      cell: (file) => (
        <a href={`/api/files/${file.id}`} className="link underline-offset-2 hover:text-brand-800">
          {file.fileName}
        </a>
      ),
    },
    { key: "size", header: t("size"), numeric: true, cell: (file) => formatFileSize(file.byteSize) },
    { key: "uploadedAt", header: t("uploadedAt"), cell: (file) => formatDate(file.uploadedAt) },
    { key: "uploadedBy", header: t("uploadedBy"), cell: (file) => file.uploadedByName ?? tc("none") },
  ];
  if (deleteLabels) {
    columns.push({
      key: "actions",
      header: tc("actions"),
      cell: (file) => (
        <ConfirmInline summary={t("delete")} warning={t("deleteWarning", { name: file.fileName })} action={deleteFileAction} labels={deleteLabels} hidden={{ id: file.id }} />
      ),
    });
  }

  return (
    <section aria-labelledby={`attachments-${ownerType}-${ownerId}`} className="space-y-3">
      <h2 id={`attachments-${ownerType}-${ownerId}`} className="text-lg font-bold text-slate-900">
        {t("title")}
      </h2>
      <DataTable columns={columns} rows={files} rowKey={(file) => file.id} caption={t("title")} empty={t("empty")} />
      {uploadLabels ? (
        <ActionForm action={uploadFileAction} labels={uploadLabels} variant="secondary" className="rounded border border-slate-200 bg-white p-4">
          <HiddenField name="ownerType" value={ownerType} />
          <HiddenField name="ownerId" value={ownerId} />
          <FileField name="file" label={t("fileLabel")} hint={t("fileHint")} accept={ACCEPT_ATTRIBUTE} maxBytes={MAX_FILE_BYTES} tooLargeMessage={t("tooLarge")} />
        </ActionForm>
      ) : null}
    </section>
  );
}
