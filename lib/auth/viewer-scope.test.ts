import { Placeholder } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import type { Db } from "@/db/client";
import { preparedForViewer, type ViewerScope } from "./viewer-scope";

describe("statements prepared once per kind of viewer", () => {
  it("builds one statement per role and for a viewer with or without an agency, the agency a placeholder", () => {
    const db = {} as Db;
    const build = vi.fn((_db: Db, scope: ViewerScope, name: string) => ({ name, scope }));
    const first = preparedForViewer(db, "board", { role: "unit_officer", agencyId: 6 }, build);
    const second = preparedForViewer(db, "board", { role: "unit_officer", agencyId: 7 }, build);
    // Two units share the statement; each run carries its own agency.
    expect(second.statement).toBe(first.statement);
    expect([first.values, second.values]).toEqual([{ agencyId: 6 }, { agencyId: 7 }]);
    expect(first.statement.name).toBe("board_unit_officer");
    expect(first.statement.scope.role).toBe("unit_officer");
    expect(first.statement.scope.agencyId).toBeInstanceOf(Placeholder);

    const noAgency = preparedForViewer(db, "board", { role: "unit_officer", agencyId: null }, build);
    expect(noAgency.statement).toEqual({ name: "board_unit_officer_no_agency", scope: { role: "unit_officer", agencyId: null } });
    expect(noAgency.values).toEqual({ agencyId: -1 });

    const leader = preparedForViewer(db, "board", { role: "leader", agencyId: 6 }, build);
    expect(leader.statement.name).toBe("board_leader");
    expect(leader.statement.scope.agencyId).toBeInstanceOf(Placeholder);
    expect(preparedForViewer(db, "board", { role: "secretariat", agencyId: null }, build).statement.name).toBe("board_secretariat_no_agency");
    expect(build).toHaveBeenCalledTimes(4);

    // Another database handle builds its own.
    preparedForViewer({} as Db, "board", { role: "unit_officer", agencyId: 6 }, build);
    expect(build).toHaveBeenCalledTimes(5);
  });
});
