import { and, eq, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { agencies, people } from "@/db/schema";
import { updateVersioned } from "@/db/versioned-update";
import type { MutationContext } from "@/lib/actions";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { moveOpenTasksToSuccessor } from "@/lib/tasks/commands";
import { settleDivisions } from "./merge-divisions";
import { agencyStatus, descendantIds, isActiveOn, lastDayBefore, todayInVietnam, wouldCreateCycle } from "./rules";
import type {
  AgencyInput,
  DeactivateAgencyInput,
  MergeAgencyInput,
  PersonInput,
  PersonStatusInput,
  ReactivateAgencyInput,
  UpdateAgencyInput,
  UpdatePersonInput,
} from "./validation";

/*
 * The changes behind the directory actions. They take the transaction and the audit
 * writer explicitly, so tests run them against the real database without Next's request
 * context; actions.ts only wires them into mutate(). A UserFacingError thrown here rolls
 * the whole transaction back: nothing is written when a check fails.
 */

type Audit = MutationContext<unknown>["audit"];
type Agency = typeof agencies.$inferSelect;
type Person = typeof people.$inferSelect;

export interface CommandContext {
  tx: Db;
  audit: Audit;
}

// Changes to the shape of the tree (parent, successor) are checked against the whole
// tree; this transaction lock makes two such changes queue up, so two edits that are
// each fine alone cannot together close a loop.
const AGENCY_TREE_LOCK = 0x4e53_0001;
async function lockAgencyTree(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AGENCY_TREE_LOCK})`);
}

async function treeLinks(tx: Db) {
  return tx.select({ id: agencies.id, parentId: agencies.parentId, successorId: agencies.successorId }).from(agencies);
}

async function findAgency(tx: Db, id: number) {
  const [row] = await tx
    .select({ id: agencies.id, validFrom: agencies.validFrom, validTo: agencies.validTo, successorId: agencies.successorId })
    .from(agencies)
    .where(eq(agencies.id, id))
    .limit(1);
  return row ?? null;
}

/** Codes are unique; say so under the field rather than as a generic duplicate error. */
async function assertCodeFree(tx: Db, code: string | undefined, exceptId: number | null): Promise<void> {
  if (!code) return;
  const sameCode = eq(agencies.code, code);
  const [taken] = await tx
    .select({ id: agencies.id })
    .from(agencies)
    .where(exceptId === null ? sameCode : and(sameCode, ne(agencies.id, exceptId)))
    .limit(1);
  if (taken) throw new UserFacingError("errors.codeTaken", "code");
}

/**
 * Names are unique among the agencies under one parent that are not closed, compared as a search
 * compares them (case, diacritics, đ/d and punctuation aside: "Phòng Văn hóa - Thông tin" and
 * "phong van hoa thong tin" are one name), so the directory never offers two look-alikes.
 */
async function assertNameFree(tx: Db, name: string, parentId: number | undefined, exceptId: number | null): Promise<void> {
  const today = todayInVietnam();
  const [taken] = await tx
    .select({ id: agencies.id })
    .from(agencies)
    .where(
      and(
        sql`public.search_fold(${agencies.name}) = public.search_fold(${name})`,
        parentId === undefined ? isNull(agencies.parentId) : eq(agencies.parentId, parentId),
        or(isNull(agencies.validTo), sql`${agencies.validTo} >= ${today}`),
        exceptId === null ? undefined : ne(agencies.id, exceptId),
      ),
    )
    .limit(1);
  if (taken) throw new UserFacingError("errors.agencyNameTaken", "name");
}

/** The parent must exist and must not be the agency itself or one below it. */
async function assertParentAllowed(tx: Db, id: number | null, parentId: number | undefined): Promise<void> {
  if (parentId === undefined) return;
  const links = await treeLinks(tx);
  if (!links.some((link) => link.id === parentId)) throw new UserFacingError("validation.agencyUnknown", "parentId");
  if (wouldCreateCycle(id, parentId, links)) throw new UserFacingError("errors.parentCycle", "parentId");
}

/** A closing date entered as "from this day" must leave at least one day of existence after validFrom. */
function closingValidTo(agency: { validFrom: string | null }, firstDayClosed: string, field: string): string {
  const validTo = lastDayBefore(firstDayClosed);
  if (agency.validFrom !== null && validTo < agency.validFrom) throw new UserFacingError("directory.closeBeforeStart", field);
  return validTo;
}

const agencyValues = (input: AgencyInput) => ({
  name: input.name,
  shortName: input.shortName ?? null,
  code: input.code ?? null,
  kind: input.kind,
  parentId: input.parentId ?? null,
  validFrom: input.validFrom ?? null,
  validTo: input.validTo ?? null,
});

export async function addAgency({ tx, audit }: CommandContext, input: AgencyInput): Promise<Agency> {
  await lockAgencyTree(tx);
  await assertCodeFree(tx, input.code, null);
  await assertNameFree(tx, input.name, input.parentId, null);
  await assertParentAllowed(tx, null, input.parentId);
  const [row] = await tx.insert(agencies).values(agencyValues(input)).returning();
  await audit({ action: "agency.create", entityType: "agency", entityId: row.id, after: row });
  return row;
}

/**
 * Name, code, kind, parent and dates, refused if someone saved the agency since the form
 * was loaded. Clearing validTo reopens the agency, so a successor no longer applies.
 */
export async function editAgency({ tx, audit }: CommandContext, input: UpdateAgencyInput): Promise<Agency> {
  await lockAgencyTree(tx);
  await assertCodeFree(tx, input.code, input.id);
  await assertNameFree(tx, input.name, input.parentId, input.id);
  await assertParentAllowed(tx, input.id, input.parentId);
  const values = agencyValues(input);
  const { before, after } = await updateVersioned(tx, agencies, input.id, input.version, {
    ...values,
    ...(values.validTo === null ? { successorId: null } : {}),
  });
  await audit({ action: "agency.update", entityType: "agency", entityId: after.id, before, after });
  return after;
}

/**
 * Merges the agency into a successor from `mergeDate`: the agency exists until the day
 * before (validTo = mergeDate − 1) and the successor takes over on mergeDate, so it must
 * exist on that day. The successor may not be the agency, one of its own units (they
 * would disappear with it) or an agency already merged into this one. Its active divisions
 * move under the successor or are retired with it, as the clerk chose (merge-divisions.ts).
 */
export async function mergeAgency({ tx, audit }: CommandContext, input: MergeAgencyInput): Promise<Agency> {
  await lockAgencyTree(tx);
  const agency = await findAgency(tx, input.id);
  if (!agency) throw new NotFoundError();
  const validTo = closingValidTo(agency, input.mergeDate, "mergeDate");
  if (input.successorId === input.id) throw new UserFacingError("errors.successorSelf", "successorId");
  const successor = await findAgency(tx, input.successorId);
  if (!successor) throw new UserFacingError("validation.agencyUnknown", "successorId");
  if (!isActiveOn(successor, input.mergeDate)) throw new UserFacingError("errors.successorInactive", "successorId");
  const links = await treeLinks(tx);
  if (descendantIds(input.id, links).has(input.successorId)) throw new UserFacingError("directory.successorDescendant", "successorId");
  if (successorChainReaches(input.successorId, input.id, links)) throw new UserFacingError("directory.successorCycle", "successorId");

  const { before, after } = await updateVersioned(tx, agencies, input.id, input.version, { validTo, successorId: input.successorId });
  await audit({ action: "agency.merge", entityType: "agency", entityId: after.id, before, after });
  // Open tasks follow the agency to its successor; closed ones keep the name in force when they were done.
  await moveOpenTasksToSuccessor(tx, input.id, input.successorId, null, audit);
  await settleDivisions(tx, audit, input);
  return after;
}

/** Whether following successors from `start` leads to `target` (a merge back into a merged agency). */
function successorChainReaches(start: number, target: number, links: readonly { id: number; successorId: number | null }[]): boolean {
  const successorOf = new Map(links.map((link) => [link.id, link.successorId]));
  const seen = new Set<number>();
  for (let current: number | null | undefined = start; current != null && !seen.has(current); current = successorOf.get(current)) {
    if (current === target) return true;
    seen.add(current);
  }
  return false;
}

/** Stops the agency from `deactivateDate` (validTo = the day before), with no successor. */
export async function deactivateAgency({ tx, audit }: CommandContext, input: DeactivateAgencyInput): Promise<Agency> {
  const agency = await findAgency(tx, input.id);
  if (!agency) throw new NotFoundError();
  const validTo = closingValidTo(agency, input.deactivateDate, "deactivateDate");
  const { before, after } = await updateVersioned(tx, agencies, input.id, input.version, { validTo, successorId: null });
  await audit({ action: "agency.deactivate", entityType: "agency", entityId: after.id, before, after });
  return after;
}

/** Reopens a stopped or merged agency: no end date, no successor. Its history stays in the audit log. */
export async function reactivateAgency({ tx, audit }: CommandContext, input: ReactivateAgencyInput): Promise<Agency> {
  const { before, after } = await updateVersioned(tx, agencies, input.id, input.version, { validTo: null, successorId: null });
  await audit({ action: "agency.reactivate", entityType: "agency", entityId: after.id, before, after });
  return after;
}

// ---------------------------------------------------------------------------
// People

/**
 * The agency must exist, and a newly chosen one must not be closed. A person who already
 * belongs to a dissolved agency keeps it while other fields are edited, so fixing a
 * phone number does not force a decision about the organisation change.
 */
async function assertAgencyAssignable(tx: Db, agencyId: number | undefined, currentAgencyId: number | null): Promise<void> {
  if (agencyId === undefined) return;
  const agency = await findAgency(tx, agencyId);
  if (!agency) throw new UserFacingError("validation.agencyUnknown", "agencyId");
  if (agencyId !== currentAgencyId && agencyStatus(agency, todayInVietnam()) === "closed") throw new UserFacingError("directory.agencyClosed", "agencyId");
}

const personValues = (input: PersonInput) => ({
  fullName: input.fullName,
  position: input.position ?? null,
  agencyId: input.agencyId ?? null,
  phone: input.phone ?? null,
  email: input.email ?? null,
});

export async function addPerson({ tx, audit }: CommandContext, input: PersonInput): Promise<Person> {
  await assertAgencyAssignable(tx, input.agencyId, null);
  const [row] = await tx.insert(people).values(personValues(input)).returning();
  await audit({ action: "person.create", entityType: "person", entityId: row.id, after: row });
  return row;
}

export async function editPerson({ tx, audit }: CommandContext, input: UpdatePersonInput): Promise<Person> {
  const [current] = await tx.select({ agencyId: people.agencyId }).from(people).where(eq(people.id, input.id)).limit(1);
  if (!current) throw new NotFoundError();
  await assertAgencyAssignable(tx, input.agencyId, current.agencyId);
  const { before, after } = await updateVersioned(tx, people, input.id, input.version, personValues(input));
  await audit({ action: "person.update", entityType: "person", entityId: after.id, before, after });
  return after;
}

/** Marks a person as no longer (or again) active. Asking for the state they are already in changes nothing and writes no audit row. */
export async function setPersonActive({ tx, audit }: CommandContext, input: PersonStatusInput, active: boolean): Promise<Person> {
  const [current] = await tx.select().from(people).where(eq(people.id, input.id)).limit(1);
  if (!current) throw new NotFoundError();
  if (current.active === active) return current;
  const { before, after } = await updateVersioned(tx, people, input.id, input.version, { active });
  await audit({ action: active ? "person.reactivate" : "person.deactivate", entityType: "person", entityId: after.id, before, after });
  return after;
}
