import { describe, expect, it } from "vitest";
import { createAgencySchema, createPersonSchema, deactivateAgencySchema, mergeAgencySchema, updateAgencySchema, updatePersonSchema } from "./validation";

/** The first message per field, as lib/actions.ts shows them. */
function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

const agency = { name: "Sở Khoa học và Công nghệ", shortName: "", code: "", kind: "provincial_body", parentId: "", validFrom: "", validTo: "" };

describe("agency schemas", () => {
  it("accepts a minimal form and turns empty fields into 'not given'", () => {
    const result = createAgencySchema.safeParse(agency);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ name: "Sở Khoa học và Công nghệ", kind: "provincial_body" });
  });

  it("trims and upper-cases the code, then checks the pattern", () => {
    expect(createAgencySchema.safeParse({ ...agency, code: "  skhcn-2025 " }).data?.code).toBe("SKHCN-2025");
    for (const code of ["SỞ", "-ABC", "AB CD", "A_B", "ABCDEFGHIJKLMNOPQRSTU", "A/B"]) {
      expect(fieldErrors(createAgencySchema.safeParse({ ...agency, code })), code).toEqual({ code: "validation.code" });
    }
    expect(createAgencySchema.safeParse({ ...agency, code: "A" }).success).toBe(true);
    expect(createAgencySchema.safeParse({ ...agency, code: "ABCDEFGHIJKLMNOPQRST" }).success).toBe(true);
  });

  it("requires a name and a known kind", () => {
    expect(fieldErrors(createAgencySchema.safeParse({ ...agency, name: "   ", kind: "" }))).toEqual({ name: "validation.required", kind: "validation.required" });
    expect(fieldErrors(createAgencySchema.safeParse({ ...agency, kind: "ministry" }))).toEqual({ kind: "validation.required" });
  });

  it("refuses an end date before the start date, under validTo, even when another field is also wrong", () => {
    expect(fieldErrors(createAgencySchema.safeParse({ ...agency, validFrom: "2025-03-01", validTo: "2025-02-28" }))).toEqual({ validTo: "validation.dateRange" });
    expect(fieldErrors(createAgencySchema.safeParse({ ...agency, name: "", validFrom: "2025-03-01", validTo: "2025-02-28" }))).toEqual({
      name: "validation.required",
      validTo: "validation.dateRange",
    });
    expect(createAgencySchema.safeParse({ ...agency, validFrom: "2025-03-01", validTo: "2025-03-01" }).success).toBe(true);
    expect(createAgencySchema.safeParse({ ...agency, validTo: "2025-03-01" }).success).toBe(true);
  });

  it("reports an impossible date as a bad date, not as a range problem", () => {
    expect(fieldErrors(createAgencySchema.safeParse({ ...agency, validFrom: "2025-02-30", validTo: "2025-01-01" }))).toEqual({ validFrom: "validation.date" });
  });

  it("needs the id and version on edit, and checks the range there too", () => {
    expect(fieldErrors(updateAgencySchema.safeParse({ ...agency, id: "7" }))).toHaveProperty("version");
    const result = updateAgencySchema.safeParse({ ...agency, id: "7", version: "3", parentId: "2" });
    expect(result.data).toMatchObject({ id: 7, version: 3, parentId: 2 });
    expect(fieldErrors(updateAgencySchema.safeParse({ ...agency, id: "7", version: "3", validFrom: "2020-01-02", validTo: "2020-01-01" }))).toEqual({
      validTo: "validation.dateRange",
    });
  });
});

describe("merge and deactivate schemas", () => {
  it("requires a successor and a real merge date", () => {
    expect(fieldErrors(mergeAgencySchema.safeParse({ id: "4", version: "1", successorId: "", mergeDate: "" }))).toEqual({
      successorId: "validation.required",
      mergeDate: "validation.required",
    });
    expect(fieldErrors(mergeAgencySchema.safeParse({ id: "4", version: "1", successorId: "9", mergeDate: "2025-13-01" }))).toEqual({ mergeDate: "validation.date" });
    expect(mergeAgencySchema.safeParse({ id: "4", version: "1", successorId: "9", mergeDate: "2025-03-01" }).data).toEqual({ id: 4, version: 1, successorId: 9, mergeDate: "2025-03-01" });
  });

  it("refuses merging an agency into itself", () => {
    expect(fieldErrors(mergeAgencySchema.safeParse({ id: "4", version: "1", successorId: "4", mergeDate: "2025-03-01" }))).toEqual({ successorId: "errors.successorSelf" });
  });

  it("requires the deactivation date", () => {
    expect(fieldErrors(deactivateAgencySchema.safeParse({ id: "4", version: "1" }))).toEqual({ deactivateDate: "validation.required" });
    expect(deactivateAgencySchema.safeParse({ id: "4", version: "1", deactivateDate: "2025-07-01" }).success).toBe(true);
  });
});

describe("person schemas", () => {
  const person = { fullName: "Giàng Thị Hoa", position: "", agencyId: "", phone: "", email: "" };

  it("accepts a name alone", () => {
    expect(createPersonSchema.safeParse(person).data).toEqual({ fullName: "Giàng Thị Hoa" });
  });

  it("checks e-mail and phone formats under their fields", () => {
    expect(fieldErrors(createPersonSchema.safeParse({ ...person, fullName: "", email: "hoa@", phone: "gọi sau" }))).toEqual({
      fullName: "validation.required",
      email: "validation.email",
      phone: "validation.phone",
    });
    expect(createPersonSchema.safeParse({ ...person, email: "hoa@dienbien.gov.vn", phone: "0215 3825 000" }).success).toBe(true);
  });

  it("needs the id and version on edit", () => {
    expect(fieldErrors(updatePersonSchema.safeParse(person))).toMatchObject({ id: "validation.invalid", version: "validation.invalid" });
  });
});
