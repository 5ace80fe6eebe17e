import { getTranslations } from "@/lib/i18n/server";
import { Tag } from "@/components/ui/tag";
import { type InvitationStatus, statusTone } from "@/lib/invitations/rules";

/** Chưa trả lời / Tham dự / Không tham dự / Cử người dự thay (the same words on every page). */
export async function InvitationStatusTag({ status }: { status: InvitationStatus }) {
  const t = await getTranslations("invitations.statuses");
  return <Tag tone={statusTone[status]}>{t(status)}</Tag>;
}
