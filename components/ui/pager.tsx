import Link from "@/components/ui/link";

/** Builds a list URL that keeps the current filters and changes only what is given; empty values, false flags and page 1 are dropped. */
export function listHref(path: string, params: Record<string, string | number | boolean | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === "" || value === false || (key === "page" && value === 1)) continue;
    query.set(key, value === true ? "1" : String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** "← Trang trước · Trang 2/5 · Trang sau →": plain links, so it works without JavaScript and a page can be bookmarked. */
export function Pager({ label, status, previousHref, nextHref, previous, next }: { label: string; status: string; previousHref?: string; nextHref?: string; previous: string; next: string }) {
  if (!previousHref && !nextHref) return null;
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      {previousHref ? (
        <Link href={previousHref} rel="prev" className="link">
          ← {previous}
        </Link>
      ) : null}
      <span className="text-slate-700">{status}</span>
      {nextHref ? (
        <Link href={nextHref} rel="next" className="link">
          {next} →
        </Link>
      ) : null}
    </nav>
  );
}
