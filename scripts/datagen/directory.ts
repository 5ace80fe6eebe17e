import { DEMO_PASSWORD } from "@/db/seed/directory-data";
import { hashPassword } from "@/lib/auth/password";
import { type AgencyRef, addCount, type GenContext, GENERATED_AGENCY_PREFIX, GENERATED_USER_PREFIX, type PersonRef, takeIds } from "./context";
import { DEPARTMENTS, DISTRICT_OFFICES, DISTRICTS, DIVISIONS, ENTERPRISES, personName } from "./words";

/*
 * The directory: an agency tree under the demo's provincial People's Committee (departments
 * and their divisions, districts and their offices, enterprises), three people per agency
 * (head, deputy, officer) and the user accounts.
 */

interface NewAgency extends AgencyRef {
  parentId: number | null;
  shortName: string | null;
}

export interface DirectoryResult {
  /** Agencies that host conferences (departments, district committees, the demo's department and province). */
  hostAgencies: number[];
  /** Agencies that report indicators (the demo unit BCVT, then enterprises and district offices). */
  reportingAgencies: number[];
}

function buildAgencies(ctx: GenContext): { list: NewAgency[]; hosts: number[]; reporting: number[] } {
  const { rng, scale } = ctx;
  const province = ctx.demoAgencies.get("UBND") ?? null;
  const f = scale.agencies / 300;
  let id = takeIds(ctx, "agencies", scale.agencies);
  const list: NewAgency[] = [];
  const hosts: number[] = [];
  const add = (code: string, name: string, kind: string, parentId: number | null, shortName: string | null = null) => {
    if (list.length >= scale.agencies) return null;
    const agency: NewAgency = { id: id++, code: `${GENERATED_AGENCY_PREFIX}${code}`, name, kind, parentId, shortName };
    list.push(agency);
    return agency;
  };
  for (const [code, name] of DEPARTMENTS.slice(0, Math.max(2, Math.round(DEPARTMENTS.length * f)))) {
    const department = add(code, name, "provincial_body", province);
    if (!department) break;
    hosts.push(department.id);
    for (const [i, division] of rng.sample(DIVISIONS, rng.int(4, 6)).entries()) add(`${code}-${i + 1}`, `${division} - ${name}`, "department_division", department.id, division);
  }
  for (const [d, district] of DISTRICTS.slice(0, Math.max(1, Math.round(DISTRICTS.length * f))).entries()) {
    const committee = add(`H${d + 1}`, `Ủy ban nhân dân huyện ${district}`, "other", province, `UBND huyện ${district}`);
    if (!committee) break;
    hosts.push(committee.id);
    for (const [o, [kind, office]] of DISTRICT_OFFICES.entries()) add(`H${d + 1}-${o + 1}`, `${office} huyện ${district}`, kind, committee.id);
  }
  for (let e = 1; list.length < scale.agencies; e++) {
    const [kind, name] = ENTERPRISES[e % ENTERPRISES.length];
    add(`E${e}`, `${name} ${DISTRICTS[e % DISTRICTS.length]}${e > ENTERPRISES.length * DISTRICTS.length ? ` ${e}` : ""}`, kind, null);
  }
  // Enterprises and offices report figures; departments too when there are not enough of those.
  const reportingFirst = [...list].sort((a, b) => Number(a.kind === "provincial_body" || a.kind === "other") - Number(b.kind === "provincial_body" || b.kind === "other"));
  return { list, hosts, reporting: reportingFirst.slice(0, scale.reportingAgencies).map((a) => a.id) };
}

const HEAD_TITLE: Record<string, string> = { provincial_body: "Giám đốc", department_division: "Trưởng phòng", other: "Chủ tịch", district_office: "Trưởng phòng" };

export async function generateDirectory(ctx: GenContext): Promise<DirectoryResult> {
  const { rng, target, scale } = ctx;
  const { list, hosts, reporting } = buildAgencies(ctx);
  addCount(ctx, "agencies", await target.copy("agencies", ["id", "code", "name", "short_name", "kind", "parent_id"], list.map((a) => [a.id, a.code, a.name, a.shortName, a.kind, a.parentId])));
  ctx.agencies.push(...list);

  // Demo agencies take part too: the demo unit (BCVT) leads and coordinates generated tasks.
  const demoWorking = [...ctx.demoAgencies.entries()].filter(([code]) => code !== "UBND").map(([, id]) => id);
  ctx.workingAgencies.push(...list.filter((a) => a.kind !== "other" || a.code.split("-").length > 2).map((a) => a.id), ...demoWorking);
  for (const code of ["STTTT", "UBND"]) {
    const demoId = ctx.demoAgencies.get(code);
    if (demoId) hosts.push(demoId);
  }
  for (const [code, demoId] of ctx.demoAgencies) if (/^UBND-/.test(code)) hosts.push(demoId);

  const everyone = [...list.map((a) => ({ id: a.id, kind: a.kind })), ...demoWorking.map((demoId) => ({ id: demoId, kind: "department_division" }))];
  let personId = takeIds(ctx, "people", everyone.length * scale.peoplePerAgency);
  const people: PersonRef[] = [];
  for (const agency of everyone) {
    // An agency a demo leader heads (loadExisting) gets a second deputy instead of another head.
    const headed = ctx.headByAgency.has(agency.id);
    for (let i = 0; i < scale.peoplePerAgency; i++) {
      const title = HEAD_TITLE[agency.kind] ?? "Giám đốc";
      const position = i === 0 && !headed ? title : i <= 1 ? `Phó ${title.toLowerCase()}` : "Chuyên viên";
      const person = { id: personId++, name: personName(rng), position, agencyId: agency.id };
      people.push(person);
      if (i === 0 && !headed) ctx.headByAgency.set(agency.id, person);
    }
  }
  addCount(ctx, "people", await target.copy("people", ["id", "full_name", "position", "agency_id"], people.map((p) => [p.id, p.name, p.position, p.agencyId])));
  ctx.people.push(...people);

  // Hashing 5 000 passwords with argon2id (~30 ms each) would take minutes: ONE hash of the demo
  // password is computed here and reused for every generated account (all sign in with nghisu-demo).
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  let userId = takeIds(ctx, "users", scale.users);
  const users: unknown[][] = [];
  for (let i = 1; i <= scale.users; i++) {
    const role = rng.weighted([
      ["unit_officer", 85],
      ["secretariat", 5],
      ["leader", 5],
      ["viewer", 4],
      ["admin", 1],
    ] as const);
    const agencyId = role === "unit_officer" ? rng.pick(ctx.workingAgencies) : rng.pick(hosts);
    const id = userId++;
    ctx.usersByRole[role].push(id);
    if (role === "unit_officer") ctx.unitOfficerAgencies.push([agencyId, id]);
    users.push([id, `${GENERATED_USER_PREFIX}u${String(i).padStart(5, "0")}`, personName(rng), passwordHash, role, agencyId]);
  }
  addCount(ctx, "users", await target.copy("users", ["id", "username", "display_name", "password_hash", "role", "agency_id"], users));
  // The demo unit reports its figures too, so its officer's report pages show its own reports.
  const demoUnit = ctx.demoAgencies.get("BCVT");
  return { hostAgencies: hosts, reportingAgencies: demoUnit ? [demoUnit, ...reporting] : reporting };
}
