// npm run user:create -- --username admin2 --name "Nguyễn Văn A" --role admin [--agency STTTT]
// The password is read from NGHISU_PASSWORD or standard input (not a flag, so it stays out of shell history).
// Creates the first administrator of a real deployment; weak passwords are refused.
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { agencies, roles, type Role, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { hashPassword, passwordWeakness } from "@/lib/auth/password";
import { usernamePattern } from "@/lib/users/validation";

const weaknessMessages = {
  tooShort: "at least 10 characters / ít nhất 10 ký tự",
  tooSimple: "3 of: lower case, upper case, digit, symbol — or 16+ characters / 3 trong 4 loại ký tự hoặc dài từ 16 ký tự",
  containsUsername: "must not contain the username / không được chứa tên đăng nhập",
  common: "too common / quá phổ biến",
};

async function readPassword(): Promise<string> {
  if (process.env.NGHISU_PASSWORD) return process.env.NGHISU_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  if (process.stdin.isTTY) process.stderr.write("Password / Mật khẩu: ");
  for await (const line of rl) {
    rl.close();
    return line;
  }
  return "";
}

async function main() {
  const { values } = parseArgs({
    options: { username: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "admin" }, agency: { type: "string" } },
  });
  const username = (values.username ?? "").trim().toLowerCase();
  const role = values.role as Role;
  if (!usernamePattern.test(username)) throw new Error("--username: 3–40 characters a-z 0-9 . _ -");
  if (!values.name?.trim()) throw new Error("--name is required");
  if (!roles.includes(role)) throw new Error(`--role must be one of ${roles.join(", ")}`);
  const password = await readPassword();
  const weakness = passwordWeakness(password, username);
  if (weakness) throw new Error(`Weak password refused / Mật khẩu yếu: ${weaknessMessages[weakness]}`);

  await runMigrations();
  const db = getDb();
  let agencyId: number | null = null;
  if (values.agency) {
    const [agency] = await db.select({ id: agencies.id }).from(agencies).where(eq(agencies.code, values.agency)).limit(1);
    if (!agency) throw new Error(`No agency with code ${values.agency}`);
    agencyId = agency.id;
  }
  if (role === "unit_officer" && agencyId === null) throw new Error("--agency is required for a unit officer");
  const passwordHash = await hashPassword(password);
  const created = await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (existing) throw new Error(`User ${username} already exists`);
    const [row] = await tx.insert(users).values({ username, displayName: values.name!.trim(), role, agencyId, passwordHash }).returning();
    await writeAudit(tx, { action: "user.create", actorUsername: "cli", entityType: "user", entityId: row.id, after: row, meta: { ip: "cli", userAgent: "create-user" } });
    return row;
  });
  console.log(`Created ${created.role} ${created.username} (id ${created.id}).`);
}

main()
  .then(() => closeDb())
  .catch(async (error) => {
    console.error(error instanceof Error ? error.message : error);
    await closeDb().catch(() => {});
    process.exit(1);
  });
