import { getTranslations } from "next-intl/server";
import { Tag } from "@/components/ui/tag";
import { type InvitationStatus, statusTone } from "@/lib/invitations/rules";

/** Đã mời / Xác nhận tham dự / Từ chối / Cử người thay. */
export async function InvitationStatusTag({ status }: { status: InvitationStatus }) {
  const t = await getTranslations("invitations.statuses");
  return <Tag tone={statusTone[status]}>{t(status)}</Tag>;
}
