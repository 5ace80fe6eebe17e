import { describe, expect, it } from "vitest";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { loadPageInvitation } from "./access";
import { inviteAgency } from "./commands";
import { commandContext, createConference } from "./test-helpers";

describe("loadPageInvitation", () => {
  it("finds a conference's own invitation for who may see the conference, and nothing for a wrong pair, a bad parameter or another unit", async () => {
    const secretariat = await createUser(db(), { role: "secretariat" });
    const ctx = commandContext(db(), secretariat.id);
    const conference = await createConference(db(), { publishedToAll: false });
    const other = await createConference(db());
    const invitation = await inviteAgency(ctx, { conferenceId: conference.id, agencyId: (await createAgency(db())).id });
    const params = (id: number | string, invitationId: number | string) => ({ id: String(id), invitationId: String(invitationId) });

    expect(await loadPageInvitation(db(), secretariat, params(conference.id, invitation.id))).toMatchObject({
      conference: { id: conference.id },
      invitation: { id: invitation.id, agencyId: invitation.agencyId },
    });
    expect(await loadPageInvitation(db(), secretariat, params(other.id, invitation.id))).toBeNull();
    expect(await loadPageInvitation(db(), secretariat, params(conference.id, "1e3"))).toBeNull();
    expect(await loadPageInvitation(db(), secretariat, params("abc", invitation.id))).toBeNull();
    // A unit officer whose agency is not invited does not see the conference, nor its invitations.
    const outsider = await createUser(db(), { role: "unit_officer", agencyId: (await createAgency(db())).id });
    expect(await loadPageInvitation(db(), outsider, params(conference.id, invitation.id))).toBeNull();
  });
});
