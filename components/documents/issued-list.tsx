import { getTranslations } from "@/lib/i18n/server";
import { type Column, DataTable } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import type { ConferenceIssuedDocument } from "@/lib/documents/content/issued-queries";
import { formatDate } from "@/lib/format";

/** The documents issued for the conference, with their numbers and a download of each file as issued. */
export async function IssuedDocumentList({ rows }: { rows: ConferenceIssuedDocument[] }) {
  const t = await getTranslations("conferenceDocuments");
  const columns: Column<ConferenceIssuedDocument>[] = [
    {
      key: "symbol",
      header: t("issued.number"),
      cell: (row) => (
        <span className="flex flex-col items-start gap-1">
          <span className="font-semibold">{row.symbol}</span>
          {row.withdrawnAt ? <Tag tone="red">{t("issued.withdrawn")}</Tag> : null}
        </span>
      ),
    },
    { key: "kind", header: t("issued.kind"), cell: (row) => t(`kinds.${row.kind}`) },
    { key: "title", header: t("issued.summary"), cell: (row) => row.title },
    { key: "date", header: t("issued.date"), cell: (row) => formatDate(row.issuedOn) },
    {
      key: "signer",
      header: t("issued.signer"),
      cell: (row) => [row.authorityPrefix, row.signerTitle, row.signerName].filter(Boolean).join(" · "),
    },
    {
      key: "file",
      header: t("issued.file"),
      cell: (row) => (
        <a href={`/api/documents/${row.id}`} className="link">
          {t("issued.download")}
          <span className="sr-only"> {row.symbol}</span>
        </a>
      ),
    },
  ];
  return <DataTable caption={t("issued.title")} empty={t("issued.empty")} rows={rows} rowKey={(row) => row.id} columns={columns} />;
}
