import { describe, expect, it } from "vitest";
import { conferences, directives } from "@/db/schema";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { loadHomeWork } from "./queries";

const DAY = 86_400_000;

describe("home page: conclusions waiting for the leader's approval", () => {
  it("lists a held conference with directives from the last 180 days, not one left behind for longer", async () => {
    const now = new Date("2026-12-04T03:00:00Z");
    const host = await createAgency(db());
    const held = async (title: string, daysAgo: number) => {
      const startsAt = new Date(now.getTime() - daysAgo * DAY);
      const [conference] = await db()
        .insert(conferences)
        .values({ title, kind: "mid_year_review", status: "held", startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3600_000), hostAgencyId: host.id })
        .returning();
      await db().insert(directives).values({ conferenceId: conference.id, number: 1, issuerName: "Giám đốc Sở", text: "Chỉ đạo kiểm tra thuê bao trả trước" });
      return conference;
    };
    const recent = await held("Hội nghị sơ kết 6 tháng", 20);
    const old = await held("Hội nghị đã quên", 200);
    const leader = await createUser(db(), { role: "leader" });
    const groups = await loadHomeWork(db(), { id: leader.id, username: leader.username, displayName: leader.displayName, role: "leader", agencyId: null, agencyName: null }, now);
    const lines = groups.flatMap((group) => group.lines).filter((line) => line.key === "directivesAwaitingApproval");
    expect(lines.map((line) => line.href)).toEqual([`/conferences/${recent.id}/directives`]);
    expect(lines.map((line) => line.href)).not.toContain(`/conferences/${old.id}/directives`);
  });
});
