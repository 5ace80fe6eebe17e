import { getTranslations } from "@/lib/i18n/server";
import { DirectiveBoard } from "@/components/directives/directive-board";
import { getDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import { loadCarryOver, loadDirectiveBoard, type ReviewingConference } from "@/lib/directives/board";
import { formatDate } from "@/lib/format";
import { todayInVietnam } from "@/lib/tasks/status";

type Viewer = Pick<CurrentUser, "role" | "agencyId">;

/*
 * The two places a conference shows directives with their tasks: its own (as of today) and,
 * for a conference created from a previous one, the previous conference's (carry-over) as
 * of its own day. The caller has already checked that the viewer may see the conference.
 */

export async function ConferenceDirectivesSection({ conferenceId, viewer }: { conferenceId: number; viewer: Viewer }) {
  const t = await getTranslations("directives");
  const today = todayInVietnam();
  const directives = await loadDirectiveBoard(getDb(), viewer, conferenceId, today);
  return (
    <section aria-labelledby="conference-directives-title" className="mt-8">
      <h2 id="conference-directives-title" className="mb-1 text-xl font-bold text-slate-900">
        {t("board.conferenceTitle")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{t("board.conferenceIntro", { date: formatDate(today) })}</p>
      <DirectiveBoard directives={directives} empty={t("empty")} />
    </section>
  );
}

/** Renders nothing for a conference that follows no other. */
export async function CarryOverSection({ conference, viewer }: { conference: ReviewingConference; viewer: Viewer }) {
  const carryOver = await loadCarryOver(getDb(), viewer, conference);
  if (!carryOver) return null;
  const t = await getTranslations("directives.board");
  return (
    <section id="carry-over" aria-labelledby="carry-over-title" className="mt-8">
      <h2 id="carry-over-title" className="mb-1 text-xl font-bold text-slate-900">
        {t("carryOverTitle")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{t("carryOverIntro", { title: carryOver.previous.title, date: formatDate(carryOver.asOf) })}</p>
      <DirectiveBoard directives={carryOver.directives} empty={t("carryOverEmpty")} />
    </section>
  );
}
