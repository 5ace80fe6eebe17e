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

/** Row numbers as in a conference document (and the report table on screen): 1, 2, … and 1.1, 1.2 for "trong đó" rows. */
export function indicatorRowNumbers(rows: readonly Pick<IndicatorRowBase, "indicatorId" | "parentId" | "depth">[]): Map<number, string> {
  const numbers = new Map<number, string>();
  const childCount = new Map<number, number>();
  let top = 0;
  for (const row of rows) {
    if (row.depth === 0 || row.parentId === null || !numbers.has(row.parentId)) {
      numbers.set(row.indicatorId, String(++top));
    } else {
      const n = (childCount.get(row.parentId) ?? 0) + 1;
      childCount.set(row.parentId, n);
      numbers.set(row.indicatorId, `${numbers.get(row.parentId)}.${n}`);
    }
  }
  return numbers;
}
