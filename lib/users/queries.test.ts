import { describe, expect, it } from "vitest";
import { countQueries } from "@/test/query-count";
import { db } from "@/test/db";
import { createAgency, createUser, unique } from "@/test/factories";
import { likeContains } from "@/lib/search/sql";
import { parsePage } from "@/lib/search-params";
import { getUserDetail, listAgencyOptions, listUsers, parseUserListParams } from "./queries";
import { todayInVietnam } from "./rules";

describe("parseUserListParams", () => {
  it("keeps a trimmed search, a known role and a positive page, and drops the rest", () => {
    expect(parseUserListParams({ q: "  bcvt ", role: "unit_officer", page: "3" })).toEqual({ q: "bcvt", role: "unit_officer", page: 3 });
    expect(parseUserListParams({ q: " ", role: "root", page: "-1" })).toEqual({ q: undefined, role: undefined, page: 1 });
    expect(parsePage(["2", "5"])).toBe(2);
    expect(parsePage("1.5")).toBe(1);
  });

  it("escapes LIKE wildcards", () => {
    expect(likeContains("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});

describe("listUsers", () => {
  it("finds users by part of the username or display name, without regard to case", async () => {
    const marker = unique("tim").toLowerCase();
    const byUsername = await createUser(db(), { username: `${marker}-a` });
    const byName = await createUser(db(), { displayName: `Trần ${marker.toUpperCase()} Bình` });
    await createUser(db(), { displayName: "Không liên quan" });
    const { rows, total } = await listUsers(db(), { q: marker.toUpperCase(), page: 1 });
    expect(rows.map((row) => row.id).sort()).toEqual([byUsername.id, byName.id].sort());
    expect(total).toBe(2);
  });

  it("treats % and _ in the search as plain characters", async () => {
    const marker = unique("pct").toLowerCase();
    await createUser(db(), { displayName: `${marker} 100%` });
    await createUser(db(), { displayName: `${marker} 1000` });
    const { rows } = await listUsers(db(), { q: `${marker} 100%`, page: 1 });
    expect(rows).toHaveLength(1);
  });

  it("filters by role and shows the agency's name from the join", async () => {
    const marker = unique("role").toLowerCase();
    const agency = await createAgency(db(), { name: unique("Phòng VH-TT") });
    const officer = await createUser(db(), { username: `${marker}-officer`, role: "unit_officer", agencyId: agency.id });
    await createUser(db(), { username: `${marker}-viewer`, role: "viewer" });
    const { rows, total } = await listUsers(db(), { q: marker, role: "unit_officer", page: 1 });
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({ id: officer.id, agencyName: agency.name, role: "unit_officer", active: true, lastSignInAt: null });
    expect(rows[0]).not.toHaveProperty("passwordHash");
  });

  it("pages in username order and counts every match, in two queries whatever the page size", async () => {
    const marker = unique("page").toLowerCase();
    for (const suffix of ["c", "a", "e", "b", "d"]) await createUser(db(), { username: `${marker}-${suffix}` });
    const { result: second, queries } = await countQueries(() => listUsers(db(), { q: marker, page: 2 }, 2));
    expect(second.total).toBe(5);
    expect(second.rows.map((row) => row.username)).toEqual([`${marker}-c`, `${marker}-d`]);
    expect(queries).toBe(2);
    expect((await listUsers(db(), { q: marker, page: 3 }, 2)).rows.map((row) => row.username)).toEqual([`${marker}-e`]);
  });
});

describe("getUserDetail", () => {
  it("returns the account with its agency and version but never its password hash or session version", async () => {
    const agency = await createAgency(db());
    const user = await createUser(db(), { agencyId: agency.id, passwordHash: "$argon2id$v=19$secret" });
    const detail = await getUserDetail(db(), user.id);
    expect(detail).toMatchObject({ id: user.id, username: user.username, agencyName: agency.name, version: 1 });
    expect(JSON.stringify(detail)).not.toContain("argon2");
    expect(detail).not.toHaveProperty("passwordHash");
    expect(detail).not.toHaveProperty("sessionVersion");
  });

  it("returns null for an unknown id", async () => {
    expect(await getUserDetail(db(), 2_000_000_000)).toBeNull();
  });
});

describe("listAgencyOptions", () => {
  it("offers agencies still active today, plus the user's own dissolved one when asked", async () => {
    const today = todayInVietnam();
    const open = await createAgency(db(), { name: unique("Đang hoạt động") });
    const endsToday = await createAgency(db(), { name: unique("Hết hạn hôm nay"), validTo: today });
    const dissolved = await createAgency(db(), { name: unique("Đã giải thể"), validFrom: "2000-01-01", validTo: "2025-02-28" });
    const ids = (await listAgencyOptions(db())).map((agency) => agency.id);
    expect(ids).toEqual(expect.arrayContaining([open.id, endsToday.id]));
    expect(ids).not.toContain(dissolved.id);
    expect((await listAgencyOptions(db(), dissolved.id)).map((agency) => agency.id)).toContain(dissolved.id);
  });
});
