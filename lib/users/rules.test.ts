import { describe, expect, it } from "vitest";
import { UserFacingError } from "@/lib/errors";
import { db } from "@/test/db";
import { createAgency, createUser } from "@/test/factories";
import { assertAgencyAssignable, assertNotSelf, isAgencyActive, leavesNoActiveAdmin, lockActiveAdminIds, todayInVietnam } from "./rules";

const admin = { id: 1, role: "admin" as const, active: true };

describe("leavesNoActiveAdmin", () => {
  it("is true only when the last active administrator is demoted or disabled", () => {
    expect(leavesNoActiveAdmin(admin, { role: "leader", active: true }, [1])).toBe(true);
    expect(leavesNoActiveAdmin(admin, { role: "admin", active: false }, [1])).toBe(true);
    expect(leavesNoActiveAdmin(admin, { role: "leader", active: true }, [1, 2])).toBe(false);
    expect(leavesNoActiveAdmin(admin, { role: "admin", active: true }, [1])).toBe(false);
  });

  it("never blocks changes to accounts that are not active administrators", () => {
    expect(leavesNoActiveAdmin({ id: 3, role: "viewer", active: true }, { role: "viewer", active: false }, [1])).toBe(false);
    expect(leavesNoActiveAdmin({ id: 1, role: "admin", active: false }, { role: "leader", active: false }, [])).toBe(false);
  });
});

describe("assertNotSelf", () => {
  it("refuses an administrator locking their own account", () => {
    expect(() => assertNotSelf(5, 5)).toThrow(new UserFacingError("errors.cannotDisableSelf"));
    expect(() => assertNotSelf(5, 6)).not.toThrow();
  });
});

describe("lockActiveAdminIds", () => {
  it("returns the active administrators only, in id order", async () => {
    const first = await createUser(db(), { role: "admin" });
    const second = await createUser(db(), { role: "admin" });
    const disabled = await createUser(db(), { role: "admin", active: false });
    const leader = await createUser(db(), { role: "leader" });
    const ids = await db().transaction((tx) => lockActiveAdminIds(tx));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(ids).not.toContain(disabled.id);
    expect(ids).not.toContain(leader.id);
  });
});

describe("agency rules", () => {
  it("takes an agency as active until the end of its last day in Vietnam", () => {
    // 17:30 UTC on 31/12 is already 00:30 on 01/01 in Vietnam.
    expect(todayInVietnam(new Date("2024-12-31T17:30:00Z"))).toBe("2025-01-01");
    expect(isAgencyActive({ validTo: null })).toBe(true);
    expect(isAgencyActive({ validTo: "2025-02-28" }, "2025-02-28")).toBe(true);
    expect(isAgencyActive({ validTo: "2025-02-28" }, "2025-03-01")).toBe(false);
  });

  it("refuses an unknown agency and a newly chosen dissolved one, but lets a user keep theirs", async () => {
    const dissolved = await createAgency(db(), { validTo: "2025-02-28" });
    const open = await createAgency(db());
    await expect(assertAgencyAssignable(db(), 2_000_000_000, null)).rejects.toMatchObject({ messageKey: "validation.agencyUnknown", field: "agencyId" });
    await expect(assertAgencyAssignable(db(), dissolved.id, null)).rejects.toMatchObject({ messageKey: "users.agencyInactive", field: "agencyId" });
    await expect(assertAgencyAssignable(db(), dissolved.id, dissolved.id)).resolves.toBeUndefined();
    await expect(assertAgencyAssignable(db(), open.id, dissolved.id)).resolves.toBeUndefined();
    await expect(assertAgencyAssignable(db(), null, null)).resolves.toBeUndefined();
  });
});
