import { randomUUID } from "node:crypto";
import type { Db } from "@/db/client";
import { agencies, people, type Role, users } from "@/db/schema";

/** A short unique suffix so tests never collide on a shared database. */
export function unique(prefix = "t"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function createAgency(db: Db, values: Partial<typeof agencies.$inferInsert> = {}) {
  const [row] = await db
    .insert(agencies)
    .values({ name: unique("Cơ quan"), kind: "department_division", ...values })
    .returning();
  return row;
}

export async function createPerson(db: Db, values: Partial<typeof people.$inferInsert> = {}) {
  const [row] = await db.insert(people).values({ fullName: unique("Người"), ...values }).returning();
  return row;
}

// A valid argon2id hash is not needed for most tests; sign-in tests hash for real.
export async function createUser(db: Db, values: Partial<typeof users.$inferInsert> & { role?: Role } = {}) {
  const [row] = await db
    .insert(users)
    .values({ username: unique("u"), displayName: unique("Người dùng"), passwordHash: "x", role: "viewer", ...values })
    .returning();
  return row;
}
