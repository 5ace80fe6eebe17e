import { type Placeholder, sql } from "drizzle-orm";
import { builtOnce } from "@/db/built-once";
import type { Db } from "@/db/client";
import type { Role } from "@/db/schema";

/*
 * Who is looking, as the access conditions read it (lib/conferences/access.ts,
 * lib/tasks/access.ts): the role, and the agency a unit officer's view is limited to. The
 * agency may be a placeholder, so that a statement written once with those conditions serves
 * every unit as one prepared statement, the agency sent with its other values.
 */

/** A unit officer's agency, or the placeholder "agencyId" standing for it. */
export type AgencyValue = number | Placeholder<"agencyId">;

export interface ViewerScope<Agency extends AgencyValue = AgencyValue> {
  role: Role;
  agencyId: Agency | null;
}

/**
 * A statement whose access conditions depend on the viewer, built once per database handle
 * (db/built-once.ts) and kind of viewer: one per role that sees alike, one for every unit
 * officer with an agency (their agency a placeholder), one for a unit officer without one.
 * drizzle builds a statement's SQL anew on every run, 50 to 120 µs for a page's statements;
 * built once, it only binds the values. `build` writes the statement as for any viewer, from
 * the scope it is given, and prepares it under the name given; run it with `values`, which
 * carry the viewer's agency.
 */
export function preparedForViewer<Statement>(
  db: Db,
  name: string,
  viewer: ViewerScope<number>,
  build: (db: Db, scope: ViewerScope, name: string) => Statement,
): { statement: Statement; values: { agencyId: number } } {
  const unitWithAgency = viewer.role === "unit_officer" && viewer.agencyId !== null;
  const variant = `${name}_${viewer.role}${viewer.role === "unit_officer" && !unitWithAgency ? "_no_agency" : ""}`;
  const scope: ViewerScope = { role: viewer.role, agencyId: unitWithAgency ? sql.placeholder("agencyId") : null };
  const statement = builtOnce(db, variant, (handle) => build(handle, scope, variant));
  return { statement, values: { agencyId: viewer.agencyId ?? -1 } };
}
