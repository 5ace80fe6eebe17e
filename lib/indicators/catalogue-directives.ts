import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { newestFirst } from "@/db/order";
import { agencies, conferences, directiveIndicators, directives, tasks } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/session";
import { visibleDirectivesCondition } from "@/lib/directives/access";
import { visibleTasksCondition } from "@/lib/tasks/access";
import type { IndicatorSector } from "./catalogue-queries";

/*
 * "Ý kiến chỉ đạo và nhiệm vụ liên quan" on an indicator's page: what was directed about the
 * indicator, so the next conference sees it beside the new figure. One query for the
 * directives, one for their tasks; a unit officer sees only what their agency may see.
 */

type Viewer = Pick<CurrentUser, "role" | "agencyId">;

export interface IndicatorDirective {
  id: number;
  number: number;
  text: string;
  sector: IndicatorSector;
  issuerName: string;
  conferenceId: number;
  conferenceTitle: string;
  conferenceStartsAt: Date;
}

/** Directives linked to the indicator, newest conference first, numbered within each conference. */
export async function listIndicatorDirectives(db: Db, indicatorId: number, user: Viewer): Promise<IndicatorDirective[]> {
  return db
    .select({
      id: directives.id,
      number: directives.number,
      text: directives.text,
      sector: directives.sector,
      issuerName: directives.issuerName,
      conferenceId: conferences.id,
      conferenceTitle: conferences.title,
      conferenceStartsAt: conferences.startsAt,
    })
    .from(directiveIndicators)
    .innerJoin(directives, eq(directives.id, directiveIndicators.directiveId))
    .innerJoin(conferences, eq(conferences.id, directives.conferenceId))
    .where(and(eq(directiveIndicators.indicatorId, indicatorId), visibleDirectivesCondition(db, user)))
    .orderBy(newestFirst(conferences.startsAt), asc(directives.number));
}

export interface IndicatorTask {
  id: number;
  directiveId: number;
  title: string;
  leadAgencyName: string;
  deadline: string | null;
  originalDeadline: string | null;
  completedOn: string | null;
  completionReportedAt: Date | null;
}

/** The tasks of those directives that the user may see, grouped by directive id. */
export async function listIndicatorTasks(db: Db, indicatorId: number, user: Viewer): Promise<Map<number, IndicatorTask[]>> {
  const rows = await db
    .select({
      id: tasks.id,
      directiveId: tasks.directiveId,
      title: tasks.title,
      leadAgencyName: agencies.name,
      deadline: tasks.deadline,
      originalDeadline: tasks.originalDeadline,
      completedOn: tasks.completedOn,
      completionReportedAt: tasks.completionReportedAt,
    })
    .from(directiveIndicators)
    .innerJoin(tasks, eq(tasks.directiveId, directiveIndicators.directiveId))
    .innerJoin(agencies, eq(agencies.id, tasks.leadAgencyId))
    .where(and(eq(directiveIndicators.indicatorId, indicatorId), visibleTasksCondition(db, user)))
    .orderBy(asc(tasks.directiveId), asc(tasks.deadline), asc(tasks.id));
  const byDirective = new Map<number, IndicatorTask[]>();
  for (const row of rows) byDirective.set(row.directiveId, [...(byDirective.get(row.directiveId) ?? []), row]);
  return byDirective;
}
