import { eq } from "drizzle-orm";
import { isValidElement, type ReactElement, type ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { conferences, directives } from "@/db/schema";
import { createDirective, createTaskRow } from "@/lib/tasks/test-helpers";
import { db } from "@/test/db";
import { createAgency } from "@/test/factories";

// The sections' words in Vietnamese.
vi.mock("@/lib/i18n/server", () => import("@/test/vietnamese-translations"));
const { CarryOverSection, ConferenceDirectivesSection } = await import("@/components/directives/board-sections");
const { DirectiveBoard } = await import("@/components/directives/directive-board");

/** The `empty` text the section hands its board (server components are called as functions here). */
function boardEmptyText(tree: ReactNode): string | undefined {
  if (!isValidElement(tree)) return Array.isArray(tree) ? tree.map(boardEmptyText).find(Boolean) : undefined;
  const element = tree as ReactElement<{ empty?: string; children?: ReactNode }>;
  if (element.type === DirectiveBoard) return element.props.empty;
  return boardEmptyText(element.props.children);
}

const secretariat = { role: "secretariat" as const, agencyId: null };

describe("a board without directives for the viewer says why", () => {
  it("tells a unit officer the conference gave their unit no task, not that it issued no directive", async () => {
    const { conference, directive } = await createDirective(db());
    await createTaskRow(db(), { directiveId: directive.id });
    const unit = await createAgency(db());
    const unitOfficer = { role: "unit_officer" as const, agencyId: unit.id };

    const own = await ConferenceDirectivesSection({ conferenceId: conference.id, viewer: unitOfficer });
    expect(boardEmptyText(own)).toBe("Hội nghị chưa có nhiệm vụ nào giao đơn vị chủ trì hoặc phối hợp.");

    const [next] = await db()
      .insert(conferences)
      .values({
        title: "Tổng kết năm 2012",
        kind: "annual_review",
        previousConferenceId: conference.id,
        hostAgencyId: conference.hostAgencyId,
        startsAt: new Date("2013-01-08T01:00:00Z"),
        endsAt: new Date("2013-01-08T04:00:00Z"),
      })
      .returning();
    const review = await CarryOverSection({ conference: next, viewer: unitOfficer, folded: { open: "?carryOver=all", close: "?" } });
    expect(boardEmptyText(review)).toBe("Hội nghị trước không có nhiệm vụ nào giao đơn vị chủ trì hoặc phối hợp.");
  });

  it("tells everyone else the conference issued no directive", async () => {
    const { conference } = await createDirective(db());
    await db().delete(directives).where(eq(directives.conferenceId, conference.id));
    const own = await ConferenceDirectivesSection({ conferenceId: conference.id, viewer: secretariat });
    expect(boardEmptyText(own)).toBe("Hội nghị chưa có ý kiến chỉ đạo nào.");
  });
});
