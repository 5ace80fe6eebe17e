/*
 * Vietnamese alphabetical order for names in lists and exports: Đ after D, Ă and Â after A,
 * tone marks only deciding between otherwise equal names (Anh, Ánh, Ăn), and "Phòng 2"
 * before "Phòng 10". PostgreSQL's default collation in PGlite is C (Đ after Z), and an ICU
 * collation is not there in every build, so lists that must read in Vietnamese order are
 * sorted here, after the query.
 */
const collator = new Intl.Collator("vi", { numeric: true });

export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A copy of `rows` in Vietnamese order of `name(row)`. */
export function sortVi<T>(rows: readonly T[], name: (row: T) => string): T[] {
  return [...rows].sort((a, b) => compareVi(name(a), name(b)));
}
