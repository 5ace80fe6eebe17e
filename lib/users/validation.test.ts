import { describe, expect, it } from "vitest";
import { createUserSchema, passwordWeaknessKey, resetPasswordSchema, updateUserSchema, usernamePattern } from "./validation";

const valid = { username: "nguyen.van.a", displayName: "Nguyễn Văn A", role: "viewer", agencyId: "", password: "Sở-TTTT-2012!" };

/** The first message per field, as lib/actions.ts shows them. */
function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

describe("createUserSchema", () => {
  it("accepts a complete form and normalises the username to trimmed lower case", () => {
    const result = createUserSchema.safeParse({ ...valid, username: "  Nguyen.Van.A " });
    expect(result.success).toBe(true);
    expect(result.data?.username).toBe("nguyen.van.a");
    expect(result.data?.agencyId).toBeUndefined();
  });

  it.each([
    ["short1!A", "validation.passwordTooShort"],
    ["hoabandienbien", "validation.passwordTooSimple"],
    ["HOABAN2012X", "validation.passwordTooSimple"],
    ["Password123", "validation.passwordCommon"],
    ["matkhau123", "validation.passwordCommon"],
    ["X!nguyen.van.a9", "validation.passwordContainsUsername"],
  ])("refuses the weak password %s with %s", (password, key) => {
    expect(fieldErrors(createUserSchema.safeParse({ ...valid, password }))).toEqual({ password: key });
  });

  it("accepts a long passphrase without symbols", () => {
    expect(createUserSchema.safeParse({ ...valid, password: "mot hai ba bon nam sau" }).success).toBe(true);
  });

  it("refuses a unit officer without an agency, under the agency field", () => {
    expect(fieldErrors(createUserSchema.safeParse({ ...valid, role: "unit_officer" }))).toEqual({ agencyId: "validation.agencyRequiredForUnit" });
    expect(createUserSchema.safeParse({ ...valid, role: "unit_officer", agencyId: "7" }).data?.agencyId).toBe(7);
  });

  it("refuses usernames with accents, spaces or fewer than 3 characters", () => {
    for (const username of ["nguyễn", "van a", "ab", "-abc"]) {
      expect(fieldErrors(createUserSchema.safeParse({ ...valid, username })).username).toBe("validation.username");
    }
    expect(usernamePattern.test("bcvt_2012")).toBe(true);
  });

  it("refuses an unknown role and an empty display name", () => {
    const errors = fieldErrors(createUserSchema.safeParse({ ...valid, role: "root", displayName: "   " }));
    expect(errors.role).toBe("validation.required");
    expect(errors.displayName).toBe("validation.required");
  });
});

describe("updateUserSchema", () => {
  it("needs the id and version and an agency for a unit officer", () => {
    expect(updateUserSchema.safeParse({ id: "3", version: "2", displayName: "A", role: "leader", agencyId: "" }).success).toBe(true);
    expect(fieldErrors(updateUserSchema.safeParse({ id: "3", version: "2", displayName: "A", role: "unit_officer", agencyId: "" }))).toEqual({ agencyId: "validation.agencyRequiredForUnit" });
    expect(updateUserSchema.safeParse({ displayName: "A", role: "leader" }).success).toBe(false);
  });
});

describe("resetPasswordSchema", () => {
  it("judges the new password against the username it is given", () => {
    expect(fieldErrors(resetPasswordSchema.safeParse({ id: "1", username: "bcvt", newPassword: "Bcvt-2012-moi" }))).toEqual({ newPassword: "validation.passwordContainsUsername" });
    expect(fieldErrors(resetPasswordSchema.safeParse({ id: "1", newPassword: "" }))).toEqual({ newPassword: "validation.required" });
    expect(resetPasswordSchema.safeParse({ id: "1", username: "bcvt", newPassword: "Hoa-Ban-2012!" }).success).toBe(true);
  });

  it("exposes the same judgement for the server-side re-check", () => {
    expect(passwordWeaknessKey("Bcvt-2012-moi", "bcvt")).toBe("validation.passwordContainsUsername");
    expect(passwordWeaknessKey("Hoa-Ban-2012!", "bcvt")).toBeNull();
  });
});
