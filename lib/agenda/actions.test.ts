import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { agendaItems, conferences, users } from "@/db/schema";
import { idleFormState } from "@/lib/form-state";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";

import { form, request, signedIn } from "@/test/next-request";

const { createAgendaItemAction, reorderAgendaAction } = await import("./actions");

async function conference() {
  const host = await createAgency(db());
  const [row] = await db()
    .insert(conferences)
    .values({ title: "Giao ban", kind: "regular_briefing", startsAt: new Date("2012-07-02T01:00:00Z"), endsAt: new Date("2012-07-02T03:00:00Z"), hostAgencyId: host.id })
    .returning();
  return row;
}

beforeEach(() => {
  request.user = null;
});

describe("agenda actions", () => {
  it("put the title error under the field and write nothing", async () => {
    request.user = signedIn(await createUser(db(), { role: "secretariat" }));
    const c = await conference();
    const result = await createAgendaItemAction(idleFormState, form({ conferenceId: c.id, title: "", kind: "report", notes: "giữ lại" }));
    expect(result).toMatchObject({ status: "error", fieldErrors: { title: "agenda.titleRequired" }, values: { notes: "giữ lại" } });
    expect(await db().select().from(agendaItems).where(eq(agendaItems.conferenceId, c.id))).toHaveLength(0);
  });

  it("refuse a viewer and a stale order", async () => {
    const c = await conference();
    request.user = signedIn(await createUser(db(), { role: "viewer" }));
    expect(await createAgendaItemAction(idleFormState, form({ conferenceId: c.id, title: "X", kind: "report" }))).toMatchObject({ status: "error", message: "errors.forbidden" });
    request.user = signedIn(await createUser(db(), { role: "admin" }));
    expect(await createAgendaItemAction(idleFormState, form({ conferenceId: c.id, title: "Một", kind: "report" }))).toMatchObject({ status: "ok" });
    expect(await reorderAgendaAction(idleFormState, form({ conferenceId: c.id, order: "999999" }))).toMatchObject({ status: "error", message: "agenda.orderStale" });
  });
});
