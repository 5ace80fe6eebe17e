import { type Placeholder, sql } from "drizzle-orm";
import { builtOnce } from "@/db/built-once";
import type { Db } from "@/db/client";
import type { Role } from "@/db/schema";

/*
 * Who is looking, as the access conditions read it (lib/conferences/access.ts,
 * lib/tasks/access.ts, lib/indicators/report-queries.ts, the bell's in
 * lib/notifications/queries.ts): the role, and the agency a unit officer's view is limited to. The
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
 * (db/built-once.ts) and kind of viewer: one per role, with or without an agency. The scope it
 * is written from is the viewer's own, the agency (if any) a placeholder: whatever a condition
 * reads of the viewer, it reads the same, and one statement serves every unit.
 * drizzle builds a statement's SQL anew on every run, 50 to 120 µs for each of a page's;
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
  const hasAgency = viewer.agencyId !== null;
  const variant = `${name}_${viewer.role}${hasAgency ? "" : "_no_agency"}`;
  const scope: ViewerScope = { role: viewer.role, agencyId: hasAgency ? sql.placeholder("agencyId") : null };
  const statement = builtOnce(db, variant, (handle) => build(handle, scope, variant));
  return { statement, values: { agencyId: viewer.agencyId ?? -1 } };
}
