import { getTranslations } from "@/lib/i18n/server";
import type { ConferenceStatus } from "@/db/schema";
import { Tag, type TagTone } from "@/components/ui/tag";

/** The colour of each status word (the word carries the meaning). */
export const conferenceStatusTones: Record<ConferenceStatus, TagTone> = {
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
  return <Tag tone={conferenceStatusTones[status]}>{t(status)}</Tag>;
}
