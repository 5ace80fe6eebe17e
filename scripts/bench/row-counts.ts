/** What a response shows, counted from its body: the rows a page variant is chosen and reported by. */

export const tableRows = (body: string) => (body.match(/<tr[\s>]/g) ?? []).length;
export const feedEvents = (body: string) => (body.match(/BEGIN:VEVENT/g) ?? []).length;
export const searchHits = (body: string) => (body.match(/data-search-hit/g) ?? []).length;
/** Lines of the home page's groups and of the notification list (list items of the main content). */
export const listItems = (body: string) => (body.match(/<li[\s>]/g) ?? []).length;
/** Links to a conference (the month grid's entries, written once for the desktop grid and the phone's list). */
export const conferenceLinks = (body: string) => (body.match(/href="\/conferences\/\d+"/g) ?? []).length;

/** Items of an /api/v1 list. */
export const apiItems = (body: string) => {
  try {
    return (JSON.parse(body) as { items?: unknown[] }).items?.length ?? 0;
  } catch {
    return 0;
  }
};

/** Among candidate URLs, the one whose response shows the number of rows closest to `target`. */
export async function closestByRows(candidates: string[], fetchBody: (url: string) => Promise<string>, rows: (body: string) => number, target: number): Promise<string> {
  let best = candidates[0];
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const url of candidates) {
    const distance = Math.abs(rows(await fetchBody(url)) - target);
    if (distance < bestDistance) [best, bestDistance] = [url, distance];
  }
  return best;
}
