import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { agencies, people, users } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/test/db";
import { DEMO_PASSWORD, demoUsers, seedAgencies } from "./directory-data";
import { seedDemo } from "./index";

describe("demo seed", () => {
  it("loads the Điện Biên directory and the six demo accounts, and creates nothing twice", async () => {
    const first = await seedDemo(db());
    const second = await seedDemo(db());
    expect(second).toEqual({ agencies: 0, people: 0, users: 0 });
    expect(first.users + second.users).toBeLessThanOrEqual(demoUsers.length);

    const codes = seedAgencies.map((a) => a.code);
    expect(await db().select().from(agencies).where(inArray(agencies.code, codes))).toHaveLength(codes.length);

    const [department] = await db().select().from(agencies).where(eq(agencies.code, "STTTT"));
    const [province] = await db().select().from(agencies).where(eq(agencies.code, "UBND"));
    expect(department.name).toBe("Sở Thông tin và Truyền thông tỉnh Điện Biên");
    expect(department.parentId).toBe(province.id);

    const [hoa] = await db().select().from(people).where(eq(people.fullName, "Giàng Thị Hoa"));
    expect(hoa.position).toContain("Phó Chủ tịch UBND tỉnh");

    const accounts = await db().select().from(users).where(inArray(users.username, demoUsers.map((u) => u.username)));
    expect(accounts.map((u) => u.username).sort()).toEqual(["admin", "bcvt", "lanhdao", "phongvhtt", "theodoi", "vanphong"]);
    const bcvt = accounts.find((u) => u.username === "bcvt")!;
    const [bcvtAgency] = await db().select().from(agencies).where(eq(agencies.id, bcvt.agencyId!));
    expect(bcvt.role).toBe("unit_officer");
    expect(bcvtAgency.name).toBe("Phòng Bưu chính, Viễn thông");
    expect(await verifyPassword(bcvt.passwordHash, DEMO_PASSWORD)).toBe(true);
  });
});
