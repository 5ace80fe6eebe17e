import { getTranslations } from "@/lib/i18n/server";
import type { ConferenceStatus } from "@/db/schema";
import { Tag } from "@/components/ui/tag";

const tones: Record<ConferenceStatus, "green" | "red" | "yellow" | "blue" | "grey"> = {
  draft: "grey",
  scheduled: "blue",
  held: "green",
  concluded: "green",
  closed: "grey",
  postponed: "yellow",
  cancelled: "red",
};

export async function ConferenceStatusTag({ status }: { status: ConferenceStatus }) {
  const t = await getTranslations("conferenceStatuses");
  return <Tag tone={tones[status]}>{t(status)}</Tag>;
}
