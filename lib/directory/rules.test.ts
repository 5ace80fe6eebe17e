import { describe, expect, it } from "vitest";
import {
  addDays,
  agencyStatus,
  ancestorsOf,
  buildTree,
  descendantIds,
  firstDayClosed,
  foldForSearch,
  isActiveOn,
  lastDayBefore,
  parseRouteId,
  selectableAgencies,
  type TreeNode,
  todayInVietnam,
  withAncestors,
  wouldCreateCycle,
} from "./rules";

type Item = { id: number; parentId: number | null; name: string; validFrom: string | null; validTo: string | null };
const item = (id: number, parentId: number | null, name: string, validTo: string | null = null, validFrom: string | null = null): Item => ({ id, parentId, name, validFrom, validTo });

/** The tree as "name(children…)" text: easy to read in a failing assertion. */
function shape(nodes: TreeNode<Item>[]): string {
  return nodes.map((node) => (node.children.length ? `${node.item.name}(${shape(node.children)})` : node.item.name)).join(",");
}

// UBND tỉnh → Sở TT&TT → (Văn phòng, Phòng BCVT); UBND tỉnh → UBND huyện → Phòng VH-TT
const directory = [
  item(5, 2, "Phòng BCVT"),
  item(1, null, "UBND tỉnh"),
  item(3, 2, "Văn phòng"),
  item(2, 1, "Sở TT&TT"),
  item(4, 1, "Ủy ban nhân dân huyện Điện Biên", "2025-06-30"),
  item(6, 4, "Phòng VH-TT"),
  item(7, null, "Báo Điện Biên Phủ"),
];

describe("validity dates", () => {
  it("treats both ends of the period as inclusive and open ends as unbounded", () => {
    const period = { validFrom: "2012-01-01", validTo: "2025-02-28" };
    expect(isActiveOn(period, "2011-12-31")).toBe(false);
    expect(isActiveOn(period, "2012-01-01")).toBe(true);
    expect(isActiveOn(period, "2025-02-28")).toBe(true);
    expect(isActiveOn(period, "2025-03-01")).toBe(false);
    expect(isActiveOn({ validFrom: null, validTo: null }, "1990-05-05")).toBe(true);
    expect(isActiveOn({ validFrom: "2026-01-01", validTo: null }, "2025-12-31")).toBe(false);
  });

  it("stores the day before a merge date and shows the merge date back", () => {
    // Sở TT&TT merged into Sở KH&CN from 01/03/2025: its last day is 28/02/2025.
    expect(lastDayBefore("2025-03-01")).toBe("2025-02-28");
    expect(lastDayBefore("2024-03-01")).toBe("2024-02-29");
    expect(lastDayBefore("2025-01-01")).toBe("2024-12-31");
    expect(firstDayClosed({ validTo: "2025-02-28" })).toBe("2025-03-01");
    expect(firstDayClosed({ validTo: null })).toBeNull();
    expect(addDays("2012-07-02", 30)).toBe("2012-08-01");
  });

  it("derives the status from today's date", () => {
    expect(agencyStatus({ validFrom: null, validTo: null }, "2025-07-01")).toBe("active");
    expect(agencyStatus({ validFrom: null, validTo: "2025-06-30" }, "2025-07-01")).toBe("closed");
    expect(agencyStatus({ validFrom: null, validTo: "2025-07-01" }, "2025-07-01")).toBe("active");
    expect(agencyStatus({ validFrom: "2025-07-02", validTo: null }, "2025-07-01")).toBe("pending");
  });

  it("gives today in Vietnam, which is already tomorrow late in the UTC evening", () => {
    expect(todayInVietnam(new Date("2025-02-28T17:30:00Z"))).toBe("2025-03-01");
    expect(todayInVietnam(new Date("2025-02-28T16:59:00Z"))).toBe("2025-02-28");
  });
});

describe("buildTree", () => {
  it("nests children under their parent, siblings in Vietnamese name order, with depths", () => {
    const roots = buildTree(directory);
    expect(shape(roots)).toBe("Báo Điện Biên Phủ,UBND tỉnh(Sở TT&TT(Phòng BCVT,Văn phòng),Ủy ban nhân dân huyện Điện Biên(Phòng VH-TT))");
    const so = roots[1].children[0];
    expect(so.depth).toBe(1);
    expect(so.children[0].depth).toBe(2);
  });

  it("makes an item whose parent is not in the list a root", () => {
    expect(shape(buildTree(directory.filter((agency) => agency.id !== 4)))).toBe("Báo Điện Biên Phủ,Phòng VH-TT,UBND tỉnh(Sở TT&TT(Phòng BCVT,Văn phòng))");
  });

  it("shows each member of a parent cycle once instead of looping or losing it", () => {
    const looped = [item(1, 2, "A"), item(2, 1, "B"), item(3, 1, "C"), item(9, 9, "Tự trỏ")];
    const roots = buildTree(looped);
    const count = (nodes: TreeNode<Item>[]): number => nodes.reduce((n, node) => n + 1 + count(node.children), 0);
    expect(count(roots)).toBe(4);
    expect(shape(roots)).toBe("A(B,C),Tự trỏ");
  });

  it("returns nothing for nothing", () => {
    expect(buildTree([])).toEqual([]);
  });
});

describe("ancestors, descendants and cycles", () => {
  const byId = new Map(directory.map((agency) => [agency.id, agency]));

  it("lists ancestors nearest first", () => {
    expect(ancestorsOf(5, byId).map((a) => a.id)).toEqual([2, 1]);
    expect(ancestorsOf(1, byId)).toEqual([]);
  });

  it("stops at a cycle", () => {
    const looped = new Map([
      [1, item(1, 2, "A")],
      [2, item(2, 1, "B")],
    ]);
    expect(ancestorsOf(1, looped).map((a) => a.id)).toEqual([2]);
  });

  it("finds every unit below an agency", () => {
    expect([...descendantIds(1, directory)].sort()).toEqual([2, 3, 4, 5, 6]);
    expect([...descendantIds(5, directory)]).toEqual([]);
  });

  it("refuses the agency itself or one of its units as its parent", () => {
    expect(wouldCreateCycle(2, 2, directory)).toBe(true);
    expect(wouldCreateCycle(2, 5, directory)).toBe(true);
    expect(wouldCreateCycle(1, 6, directory)).toBe(true);
    expect(wouldCreateCycle(5, 3, directory)).toBe(false);
    expect(wouldCreateCycle(4, 7, directory)).toBe(false);
    expect(wouldCreateCycle(null, 2, directory)).toBe(false);
    expect(wouldCreateCycle(2, null, directory)).toBe(false);
  });

  it("keeps a closed ancestor of a visible unit so the unit keeps its place", () => {
    const today = "2025-07-01";
    const visible = directory.filter((agency) => agencyStatus(agency, today) !== "closed");
    expect(visible.map((a) => a.id)).not.toContain(4);
    expect(withAncestors(visible, byId).map((a) => a.id).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(withAncestors([byId.get(3) as Item], byId).map((a) => a.id).sort()).toEqual([1, 2, 3]);
  });

  it("offers only agencies that are not closed, keeping the current value", () => {
    const today = "2025-07-01";
    expect(selectableAgencies(directory, today).map((a) => a.id)).not.toContain(4);
    expect(selectableAgencies(directory, today, { keepId: 4 }).map((a) => a.id)).toContain(4);
    expect(selectableAgencies(directory, today, { excludeIds: new Set([2, 3]) }).map((a) => a.id).sort()).toEqual([1, 5, 6, 7]);
  });
});

describe("search folding", () => {
  it("ignores case and Vietnamese diacritics, including đ", () => {
    expect(foldForSearch("  Sở Thông tin và Truyền THÔNG ")).toBe("so thong tin va truyen thong");
    expect(foldForSearch("Điện Biên Đông")).toBe("dien bien dong");
    // Decomposed input (as some keyboards send it) folds the same as precomposed.
    expect(foldForSearch("Ho\u0302\u0300ng")).toBe(foldForSearch("Hồng"));
  });
});

describe("parseRouteId", () => {
  it("accepts positive 32-bit integers only", () => {
    expect(parseRouteId("42")).toBe(42);
    for (const bad of ["0", "-1", "1.5", "abc", "1e3", "", "2147483648", "99999999999", undefined]) expect(parseRouteId(bad), String(bad)).toBeNull();
  });
});
