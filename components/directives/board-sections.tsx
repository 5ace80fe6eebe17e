import { getTranslations } from "@/lib/i18n/server";
import { DirectiveBoard } from "@/components/directives/directive-board";
import { getDb } from "@/db/client";
import type { CurrentUser } from "@/lib/auth/session";
import Link from "@/components/ui/link";
import { Tag } from "@/components/ui/tag";
import { seesOnlyOwnWork } from "@/lib/directives/access";
import { type BoardDirective, loadCarryOver, loadDirectiveBoard, type ReviewingConference } from "@/lib/directives/board";
import { formatDate, formatNumber } from "@/lib/format";
import { TASK_STATUSES, taskStatusTone, todayInVietnam } from "@/lib/tasks/status";

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
      <DirectiveBoard directives={directives} empty={t(seesOnlyOwnWork(viewer) ? "emptyForUnit" : "empty")} />
    </section>
  );
}

/** The query parameter that opens the carry-over's every directive on the conference page. */
export const CARRY_OVER_PARAM = "carryOver";

/**
 * `folded`: where its link leads. `open` shows every directive; it is null once they are
 * shown, and `close` then folds them again. Without `folded`, every directive is shown.
 */
type CarryOverProps = { conference: ReviewingConference; viewer: Viewer; folded?: { open: string | null; close: string } };

/**
 * The review of the previous conference's directives. In full (the agenda's follow-up item,
 * or the conference page on demand): every directive with its tasks. Folded (the conference
 * page): how many directives and tasks there were and how many tasks stood in each status,
 * with a link that opens the rest, so the page stays a summary of the conference.
 * Renders nothing for a conference that follows no other.
 */
export async function CarryOverSection({ conference, viewer, folded }: CarryOverProps) {
  const carryOver = await loadCarryOver(getDb(), viewer, conference);
  if (!carryOver) return null;
  const t = await getTranslations("directives.board");
  const showAll = !folded || folded.open === null;
  return (
    <section id="carry-over" aria-labelledby="carry-over-title" className="mt-8">
      <h2 id="carry-over-title" className="mb-1 text-xl font-bold text-slate-900">
        {t("carryOverTitle")}
      </h2>
      <p className="mb-3 text-sm text-slate-700">{t("carryOverIntro", { title: carryOver.previous.title, date: formatDate(carryOver.asOf) })}</p>
      {showAll || carryOver.directives.length === 0 ? (
        <DirectiveBoard
          directives={carryOver.directives}
          empty={t(seesOnlyOwnWork(viewer) ? "carryOverEmptyForUnit" : "carryOverEmpty")}
        />
      ) : (
        <CarryOverCounts directives={carryOver.directives} />
      )}
      {folded && carryOver.directives.length > 0 ? (
        <p className="no-print mt-3">
          <Link href={folded.open ?? folded.close} className="link">
            {folded.open ? t("carryOverOpen") : t("carryOverClose")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}


/** The totals of a carry-over with at least one directive (the board says when there is none). */
async function CarryOverCounts({ directives }: { directives: BoardDirective[] }) {
  const t = await getTranslations("directives.board");
  const tStatus = await getTranslations("taskStatuses");
  const tasks = directives.flatMap((directive) => directive.tasks);
  const inStatus = TASK_STATUSES.map((status) => ({ status, count: tasks.filter((task) => task.derived.status === status).length }));
  return (
    <div className="rounded border border-slate-200 bg-white p-4">
      <p>{t("carryOverCounts", { directives: directives.length, tasks: tasks.length })}</p>
      {tasks.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("carryOverStatuses")}>
          {inStatus
            .filter(({ count }) => count > 0)
            .map(({ status, count }) => (
              <li key={status}>
                <Tag tone={taskStatusTone(status)}>{`${tStatus(status)}: ${formatNumber(count)}`}</Tag>
              </li>
            ))}
        </ul>
      ) : null}
    </div>
  );
}
