import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, people, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { seedConferences } from "./conferences";
import { seedDirectives } from "./directives";
import { seedIndicators } from "./indicators";
import { seedTasks } from "./tasks";
import { DEMO_PASSWORD, demoUsers, seedAgencies, seedPeople } from "./directory-data";

export interface SeedReport {
  agencies: number;
  people: number;
  users: number;
  conferences: number;
}

/**
 * Loads the demo dataset. Idempotent: every row has a natural key (agency code,
 * person name within agency, username) and is inserted only when missing, so running
 * it twice, or on every start, creates nothing twice and never overwrites edits.
 */
export async function seedDemo(db: Db): Promise<SeedReport> {
  return db.transaction(async (tx) => {
    const report: SeedReport = { agencies: 0, people: 0, users: 0, conferences: 0 };

    const codes = seedAgencies.map((a) => a.code);
    const idByCode = new Map<string, number>();
    const loadIds = async () => {
      const rows = await tx.select({ id: agencies.id, code: agencies.code }).from(agencies).where(inArray(agencies.code, codes));
      for (const row of rows) if (row.code) idByCode.set(row.code, row.id);
    };
    await loadIds();
    // Parents come before children in the list, so one pass resolves every parent.
    for (const agency of seedAgencies) {
      if (idByCode.has(agency.code)) continue;
      const [row] = await tx
        .insert(agencies)
        .values({
          code: agency.code,
          name: agency.name,
          shortName: agency.shortName ?? null,
          kind: agency.kind,
          parentId: agency.parent ? idByCode.get(agency.parent) : null,
        })
        .returning({ id: agencies.id });
      idByCode.set(agency.code, row.id);
      report.agencies++;
    }

    const personIdByName = new Map<string, number>();
    for (const person of seedPeople) {
      const agencyId = idByCode.get(person.agency)!;
      const [existing] = await tx
        .select({ id: people.id })
        .from(people)
        .where(and(eq(people.fullName, person.fullName), eq(people.agencyId, agencyId)))
        .limit(1);
      if (existing) {
        personIdByName.set(person.fullName, existing.id);
        continue;
      }
      const [created] = await tx
        .insert(people)
        .values({ fullName: person.fullName, position: person.position, agencyId, phone: person.phone, email: person.email })
        .returning({ id: people.id });
      personIdByName.set(person.fullName, created.id);
      report.people++;
    }

    const existingUsers = new Set(
      (await tx.select({ username: users.username }).from(users).where(inArray(users.username, demoUsers.map((u) => u.username)))).map((u) => u.username),
    );
    for (const user of demoUsers) {
      if (existingUsers.has(user.username)) continue;
      await tx.insert(users).values({
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        agencyId: idByCode.get(user.agency),
        personId: user.person ? personIdByName.get(user.person) : null,
        passwordHash: await hashPassword(DEMO_PASSWORD),
      });
      report.users++;
    }

    report.conferences = await seedConferences(tx, idByCode);
    // The seed conference's directives (the report keeps its shape; the count only decides the audit row).
    const directivesAdded = await seedDirectives(tx, idByCode);
    // Tasks need the directives above; they are skipped when the directives are absent.
    const tasksAdded = await seedTasks(tx, idByCode);
    // The indicator catalogue and reports; links to the conference and directives above when they exist.
    const indicatorsAdded = await seedIndicators(tx, idByCode);

    if (report.agencies + report.people + report.users + report.conferences + directivesAdded + tasksAdded + indicatorsAdded > 0) {
      await writeAudit(tx, { action: "system.seed_demo", after: report });
    }
    return report;
  });
}
