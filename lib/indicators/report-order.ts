import { indicators, type IndicatorKind } from "@/db/schema";

/** What every report-shaped table shows of an indicator (the report, the consolidated table). */
export interface IndicatorRowBase {
  indicatorId: number;
  code: string;
  nameVi: string;
  nameEn: string | null;
  unit: string;
  kind: IndicatorKind;
  decimals: number;
  parentId: number | null;
  /** 0 for a main indicator, 1 for "trong đó" under it, … */
  depth: number;
}

/** The select columns behind IndicatorRowBase (without depth, which orderUnderParents gives). */
export const indicatorRowColumns = {
  indicatorId: indicators.id,
  code: indicators.code,
  nameVi: indicators.nameVi,
  nameEn: indicators.nameEn,
  unit: indicators.unit,
  kind: indicators.kind,
  decimals: indicators.decimals,
  parentId: indicators.parentId,
};

/**
 * Puts each sub-indicator ("trong đó") right after its parent, keeping the catalogue's order
 * otherwise. A child whose parent is not in the list stays where its own order puts it.
 */
export function orderUnderParents<T>(rows: T[], indicatorOf: (row: T) => { id: number; parentId: number | null }): T[] {
  const present = new Set(rows.map((r) => indicatorOf(r).id));
  const children = new Map<number, T[]>();
  const roots: T[] = [];
  for (const row of rows) {
    const { parentId } = indicatorOf(row);
    if (parentId !== null && present.has(parentId)) children.set(parentId, [...(children.get(parentId) ?? []), row]);
    else roots.push(row);
  }
  const out: T[] = [];
  const visit = (row: T, depth: number) => {
    out.push(row);
    if (depth > 8) return; // a cycle in the catalogue must not hang a page
    for (const child of children.get(indicatorOf(row).id) ?? []) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  return out;
}
