import { getTranslations } from "@/lib/i18n/server";
import { Notice } from "@/components/ui/notice";
import type { OfficialDocumentKind } from "@/db/schema";
import type { EarlierIssue } from "@/lib/documents/content/issued-queries";
import { formatDate, formatDateTime } from "@/lib/format";

/**
 * What was issued before of a minutes or conclusion notice, above its issue form and on the
 * confirmation page: the one in force (with its download: no second number is taken), or the
 * last withdrawn one (issuing again takes a new number). Nothing when neither exists.
 */
export async function EarlierIssueNotice({ kind, earlier }: { kind: OfficialDocumentKind; earlier: { live: EarlierIssue | null; withdrawn: EarlierIssue | null } }) {
  const t = await getTranslations("conferenceDocuments");
  const kindLabel = t(`kinds.${kind}`);
  if (earlier.live) {
    return (
      <Notice tone="warning">
        <p>{t("earlier.live", { kind: kindLabel, symbol: earlier.live.symbol, date: formatDate(earlier.live.issuedOn) })}</p>
        <p className="mt-1">
          <a href={`/api/documents/${earlier.live.id}`} className="link">
            {t("issue.download")} {earlier.live.symbol}
          </a>
        </p>
      </Notice>
    );
  }
  if (earlier.withdrawn?.withdrawnAt) {
    return (
      <Notice tone="warning">
        {t("earlier.withdrawn", { kind: kindLabel, symbol: earlier.withdrawn.symbol, time: formatDateTime(earlier.withdrawn.withdrawnAt), reason: earlier.withdrawn.withdrawReason ?? "" })}
      </Notice>
    );
  }
  return null;
}
