import { foldForSearch } from "@/lib/text";

/*
 * Many bridge points at once (a national conference runs at 60+ sites): a pasted list, one
 * per line, "Tên điểm cầu" or "Tên điểm cầu — Đơn vị phụ trách" (an en dash, a hyphen with
 * spaces, a tab or a semicolon between), or the rows of a spreadsheet. The responsible agency
 * must be found in the directory by its name, short name or code (accents and case aside);
 * an unknown one is an error on its line, never a guess. Pure: the preview and the save
 * read the same lines the same way.
 */

export const MAX_BRIDGE_LINES = 300;

export interface AgencyName {
  id: number;
  name: string;
  shortName: string | null;
  code: string | null;
}

export interface BridgeLine {
  /** 1-based line number in the list as pasted (blank lines count, so it matches the text box). */
  line: number;
  name: string;
  agencyText: string | null;
  agency: { id: number; name: string } | null;
  error: "nameMissing" | "nameTooLong" | "agencyUnknown" | "agencyAmbiguous" | null;
}

const SEPARATOR = /\s+[—–-]\s+|\t|;/;

/** The agencies by every name a clerk may type for them; a name two agencies share is ambiguous. */
function agencyIndex(agencies: readonly AgencyName[]): Map<string, AgencyName[]> {
  const index = new Map<string, AgencyName[]>();
  for (const agency of agencies) {
    for (const key of new Set([agency.name, agency.shortName, agency.code].filter((k): k is string => !!k).map(foldForSearch))) {
      index.set(key, [...(index.get(key) ?? []), agency]);
    }
  }
  return index;
}

export function parseBridgeList(text: string, agencies: readonly AgencyName[]): BridgeLine[] {
  const index = agencyIndex(agencies);
  const lines: BridgeLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === "") return;
    const [namePart, ...rest] = raw.split(SEPARATOR);
    const name = namePart.trim();
    const agencyText = rest.join(" ").trim() || null;
    const found = agencyText ? (index.get(foldForSearch(agencyText)) ?? []) : [];
    const error = !name
      ? "nameMissing"
      : name.length > 300
        ? "nameTooLong"
        : agencyText && found.length === 0
          ? "agencyUnknown"
          : found.length > 1
            ? "agencyAmbiguous"
            : null;
    lines.push({ line: i + 1, name, agencyText, agency: found.length === 1 ? { id: found[0].id, name: found[0].name } : null, error });
  });
  return lines;
}

/** Spreadsheet rows (first column the name, second the responsible agency) as the same pasted list. */
export function rowsToBridgeText(rows: readonly (readonly string[])[]): string {
  const cleaned = rows.map((cells) => cells.map((cell) => cell.replace(/[\t\r\n;]+/g, " ").trim()));
  // A heading row ("Tên điểm cầu | Đơn vị phụ trách") is not a bridge point.
  const body = cleaned.length > 0 && foldForSearch(cleaned[0][0] ?? "").startsWith("ten diem cau") ? cleaned.slice(1) : cleaned;
  return body
    .filter((cells) => cells.some((cell) => cell !== ""))
    .map(([name = "", agency = ""]) => (agency ? `${name} — ${agency}` : name))
    .join("\n");
}
