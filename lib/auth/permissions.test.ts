import { describe, expect, it } from "vitest";
import { roles } from "@/db/schema";
import { can, permissions, rolePermissions } from "./permissions";

describe("role → permission table", () => {
  it("gives admins everything but reporting on a unit's tasks, which only the unit does", () => {
    for (const permission of permissions) expect(can({ role: "admin", agencyId: null }, permission)).toBe(permission !== "tasks.report");
  });

  it("keeps user management and the audit log to admins", () => {
    for (const role of roles.filter((r) => r !== "admin")) {
      expect(can({ role, agencyId: 1 }, "users.manage")).toBe(false);
      expect(can({ role, agencyId: 1 }, "audit.view")).toBe(false);
      expect(can({ role, agencyId: 1 }, "agencies.manage")).toBe(false);
    }
  });

  it("lets the secretariat keep people (guests, chairs) but not agencies", () => {
    expect(can({ role: "secretariat", agencyId: 2 }, "people.manage")).toBe(true);
    expect(can({ role: "secretariat", agencyId: 2 }, "agencies.manage")).toBe(false);
  });

  it("lets every role read the directory and conferences, and viewers nothing more", () => {
    for (const role of roles) {
      expect(can({ role, agencyId: 3 }, "directory.view")).toBe(true);
      expect(can({ role, agencyId: 3 }, "conferences.view")).toBe(true);
    }
    expect(rolePermissions.viewer).toEqual(["directory.view", "conferences.view", "directives.view", "indicators.view", "documents.view"]);
  });

  it("keeps conference management to the secretariat and admins", () => {
    for (const role of roles) expect(can({ role, agencyId: 3 }, "conferences.manage")).toBe(role === "admin" || role === "secretariat");
    expect(can({ role: "leader", agencyId: 3 }, "attendance.manage")).toBe(false);
  });

  it("keeps recording, assigning and deciding to leaders and the secretariat, approval to leaders and admins", () => {
    for (const role of roles) {
      const subject = { role, agencyId: 3 };
      expect(can(subject, "directives.record")).toBe(["admin", "secretariat", "leader"].includes(role));
      expect(can(subject, "tasks.assign")).toBe(["admin", "secretariat", "leader"].includes(role));
      expect(can(subject, "directives.approve")).toBe(["admin", "leader"].includes(role));
      expect(can(subject, "tasks.accept")).toBe(["admin", "secretariat"].includes(role));
    }
  });

  it("lets a unit officer report only for their own agency", () => {
    const officer = { role: "unit_officer" as const, agencyId: 7 };
    expect(can(officer, "tasks.report", { agencyId: 7 })).toBe(true);
    expect(can(officer, "tasks.report", { agencyId: 9 })).toBe(false);
    expect(can({ role: "viewer", agencyId: 7 }, "tasks.report", { agencyId: 7 })).toBe(false);
  });

  it("lets a unit officer reply only for their own agency", () => {
    const officer = { role: "unit_officer" as const, agencyId: 7 };
    expect(can(officer, "invitations.reply", { agencyId: 7 })).toBe(true);
    expect(can(officer, "invitations.reply", { agencyId: 8 })).toBe(false);
    expect(can(officer, "invitations.reply", {})).toBe(false);
    expect(can({ role: "secretariat", agencyId: 1 }, "invitations.reply", { agencyId: 8 })).toBe(true);
  });

  it("names only known permissions", () => {
    for (const role of roles) for (const permission of rolePermissions[role]) expect(permissions).toContain(permission);
  });
});

describe("indicator report permissions", () => {
  it("lets a unit officer enter values only for their own agency", () => {
    expect(can({ role: "unit_officer", agencyId: 3 }, "reports.enter", { agencyId: 3 })).toBe(true);
    expect(can({ role: "unit_officer", agencyId: 3 }, "reports.enter", { agencyId: 4 })).toBe(false);
    expect(can({ role: "unit_officer", agencyId: 3 }, "reports.approve")).toBe(false);
  });
  it("keeps approval to the secretariat and admins, the catalogue and unlocking to admins", () => {
    expect(can({ role: "secretariat", agencyId: null }, "reports.approve")).toBe(true);
    expect(can({ role: "secretariat", agencyId: null }, "reports.unlock")).toBe(false);
    expect(can({ role: "secretariat", agencyId: null }, "indicators.manage")).toBe(false);
    expect(can({ role: "admin", agencyId: null }, "reports.unlock")).toBe(true);
    expect(can({ role: "leader", agencyId: null }, "reports.enter")).toBe(false);
    expect(can({ role: "viewer", agencyId: null }, "indicators.view")).toBe(true);
  });
});
