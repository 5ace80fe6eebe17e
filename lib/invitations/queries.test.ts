import { describe, expect, it } from "vitest";
import { countQueries } from "@/test/query-count";
import { db } from "@/test/db";
import { createAgency, createPerson, createUser } from "@/test/factories";
import { inviteAgency, invitePerson, replyToInvitation } from "./commands";
import { countInvitations, INVITE_CHOICES_LISTED, listInvitableAgencies, listInvitablePeople, listInvitations, parseInvitationFilters } from "./queries";
import { commandContext, createConference } from "./test-helpers";
import { replySchema } from "./validation";

describe("invitation list and counts", () => {
  it("lists invitees with their reply, filters by status and kind, and counts by reply and kind in one query", async () => {
    const actor = await createUser(db(), { role: "secretariat" });
    const ctx = commandContext(db(), actor.id);
    const conference = await createConference(db());
    const ubnd = await createAgency(db(), { kind: "provincial_body", name: "UBND tỉnh Điện Biên" });
    const press = await createAgency(db(), { kind: "press", name: "Báo Điện Biên Phủ" });
    const district = await createAgency(db(), { kind: "district_office", name: "Phòng VH-TT huyện Mường Chà" });
    const hoa = await createPerson(db(), { fullName: "Giàng Thị Hoa", agencyId: ubnd.id });
    const pressInvitation = await inviteAgency(ctx, { conferenceId: conference.id, agencyId: press.id });
    await inviteAgency(ctx, { conferenceId: conference.id, agencyId: district.id });
    await invitePerson(ctx, { conferenceId: conference.id, personId: hoa.id });
    await replyToInvitation(
      ctx,
      replySchema.parse({ conferenceId: conference.id, invitationId: pressInvitation.id, version: 1, status: "confirmed", delegateName: "Lò Thị Xuân", delegatePosition: "Phó Tổng biên tập" }),
      { onBehalf: true },
    );

    const all = await listInvitations(db(), conference.id);
    expect(all.map((row) => row.agencyName ?? row.personName)).toEqual(["Báo Điện Biên Phủ", "Giàng Thị Hoa", "Phòng VH-TT huyện Mường Chà"]);
    expect(all.find((row) => row.personName === "Giàng Thị Hoa")).toMatchObject({ agencyKind: "provincial_body", status: "invited" });
    expect(await listInvitations(db(), conference.id, { status: "confirmed" })).toEqual([expect.objectContaining({ delegateName: "Lò Thị Xuân" })]);
    expect((await listInvitations(db(), conference.id, { kind: "district_office" })).map((row) => row.agencyId)).toEqual([district.id]);
    expect(await listInvitations(db(), conference.id, { agencyId: press.id })).toHaveLength(1);

    const { result: counts, queries } = await countQueries(() => countInvitations(db(), conference.id));
    expect(queries).toBe(1);
    expect(counts).toEqual({
      total: 3,
      byStatus: { invited: 2, confirmed: 1, declined: 0, delegated: 0 },
      byKind: [
        { kind: "provincial_body", count: 1 },
        { kind: "press", count: 1 },
        { kind: "district_office", count: 1 },
      ],
    });
  });

  it("reads filters from the query string, ignoring unknown values", () => {
    expect(parseInvitationFilters({ status: "declined", kind: "press" })).toEqual({ status: "declined", kind: "press" });
    expect(parseInvitationFilters({ status: "x", kind: ["radio_tv", "press"] })).toEqual({ status: undefined, kind: "radio_tv" });
  });

  it("offers the people to invite as a search of the directory: matches without diacritics, active only, at most a list's worth with the total", async () => {
    const district = await createAgency(db(), { kind: "district_office", name: "Phòng VH-TT huyện Mường Nhé" });
    for (let i = 0; i < INVITE_CHOICES_LISTED + 5; i++) await createPerson(db(), { fullName: `Cán bộ ${String(i).padStart(2, "0")}`, agencyId: district.id });
    const thuan = await createPerson(db(), { fullName: "Quàng Văn Thuận", position: "Phó Chủ tịch UBND tỉnh" });
    await createPerson(db(), { fullName: "Quàng Văn Thuận", active: false });

    const byAgency = await listInvitablePeople(db(), "muong nhe");
    expect(byAgency.total).toBe(INVITE_CHOICES_LISTED + 5);
    expect(byAgency.rows).toHaveLength(INVITE_CHOICES_LISTED);
    expect(byAgency.rows[0]).toMatchObject({ fullName: "Cán bộ 00", agencyName: "Phòng VH-TT huyện Mường Nhé" });

    const byName = await listInvitablePeople(db(), "quang van thuan");
    expect(byName).toEqual({ total: 1, rows: [expect.objectContaining({ id: thuan.id, position: "Phó Chủ tịch UBND tỉnh" })] });
    expect(await listInvitablePeople(db(), "pho chu tich ubnd")).toMatchObject({ total: 1 });
    expect(await listInvitablePeople(db(), "khong ai ten nay")).toEqual({ total: 0, rows: [] });

    const everyone = await listInvitablePeople(db(), null);
    expect(everyone.total).toBeGreaterThanOrEqual(INVITE_CHOICES_LISTED + 6);
    expect(everyone.rows).toHaveLength(INVITE_CHOICES_LISTED);
  });

  it("offers the agencies to invite as a search: matches without diacritics, active on the conference's day, at most a list's worth with the total", async () => {
    const unique = `Mường Chà ${Date.now()}`;
    for (let i = 0; i < INVITE_CHOICES_LISTED + 5; i++) await createAgency(db(), { name: `Trường ${String(i).padStart(2, "0")} huyện ${unique}` });
    const radio = await createAgency(db(), { kind: "radio_tv", name: `Đài Truyền thanh - Truyền hình huyện ${unique}`, shortName: "Đài TT-TH MC" });
    await createAgency(db(), { name: `Đài cũ huyện ${unique}`, validTo: "2012-06-30" });
    await createAgency(db(), { name: `Đài mới huyện ${unique}`, validFrom: "2012-07-03" });
    const plain = unique.replace("Mường Chà", "muong cha");

    const many = await listInvitableAgencies(db(), "2012-07-02", plain);
    expect(many.total).toBe(INVITE_CHOICES_LISTED + 6);
    expect(many.rows).toHaveLength(INVITE_CHOICES_LISTED);
    expect(many.rows.every((agency) => agency.name.endsWith(unique))).toBe(true);
    // Vietnamese order: Đ after D, before T (the database's C collation puts it after Z).
    expect(many.rows[0].name).toBe(`Đài Truyền thanh - Truyền hình huyện ${unique}`);

    expect(await listInvitableAgencies(db(), "2012-07-02", `dai ${plain}`)).toEqual({ total: 1, rows: [expect.objectContaining({ id: radio.id })] });
    expect(await listInvitableAgencies(db(), "2012-07-02", "dai tt-th mc")).toMatchObject({ total: 1 });
    // On the day the old station closed it is still there; the new one opens later.
    expect((await listInvitableAgencies(db(), "2012-06-30", `dai cu ${plain}`)).total).toBe(1);
    expect(await listInvitableAgencies(db(), "2012-07-02", "khong co don vi nay")).toEqual({ total: 0, rows: [] });

    const everyone = await listInvitableAgencies(db(), "2012-07-02", null);
    expect(everyone.total).toBeGreaterThanOrEqual(INVITE_CHOICES_LISTED + 6);
    expect(everyone.rows).toHaveLength(INVITE_CHOICES_LISTED);
  });

  it("lists the invitees in Vietnamese order of their names", async () => {
    const actor = await createUser(db(), { role: "secretariat" });
    const conference = await createConference(db());
    const ctx = commandContext(db(), actor.id);
    for (const name of ["Viettel Điện Biên", "Ủy ban nhân dân huyện Tủa Chùa", "Báo Điện Biên Phủ", "Đài Phát thanh và Truyền hình tỉnh"]) {
      await inviteAgency(ctx, { conferenceId: conference.id, agencyId: (await createAgency(db(), { name: `${name} ${Date.now()}` })).id });
    }
    const guest = await createPerson(db(), { fullName: "Giàng Thị Hoa" });
    await invitePerson(ctx, { conferenceId: conference.id, personId: guest.id });
    const names = (await listInvitations(db(), conference.id)).map((row) => (row.agencyName ?? row.personName ?? "").replace(/ \d+$/, ""));
    expect(names).toEqual(["Báo Điện Biên Phủ", "Đài Phát thanh và Truyền hình tỉnh", "Giàng Thị Hoa", "Ủy ban nhân dân huyện Tủa Chùa", "Viettel Điện Biên"]);
  });
});
