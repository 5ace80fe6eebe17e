import { addCount, dayOf, dayString, type GenContext, takeIds, vnTime } from "./context";
import { INDICATOR_FAMILIES } from "./words";

/*
 * The indicator catalogue, who reports what, annual plans, and one report per reporting agency
 * per month for the last `years` × 12 months with a value for every indicator: at full scale
 * 200 indicators × 100 agencies × 120 months = 2 400 000 values, loaded with COPY. Figures follow
 * a per-agency trend with seasonality and noise, so year-on-year and % of plan look real.
 */

const QUALIFIERS = ["khu vực thành thị", "khu vực nông thôn", "trả trước", "trả sau", "doanh nghiệp nhà nước", "doanh nghiệp ngoài nhà nước", "vùng biên giới", "vùng đặc biệt khó khăn", "cấp tỉnh", "cấp huyện", "cấp xã", "địa phương", "trung ương", "trực tuyến", "truyền thống", "khác", "nội địa", "quốc tế", "tiếng dân tộc"];
const REPORTS_PER_BATCH = 250;

interface IndicatorSpec {
  id: number;
  kind: "flow" | "stock" | "ratio";
  decimals: number;
  /** A typical monthly value (flow), level (stock) or percentage (ratio). */
  base: number;
}

export async function generateIndicators(ctx: GenContext, reportingAgencies: number[]): Promise<void> {
  const { rng, target, scale, today } = ctx;
  let indicatorId = takeIds(ctx, "indicators", scale.indicators);
  const specs: IndicatorSpec[] = [];
  const rows: unknown[][] = [];
  const familyHead = new Map<number, number>();
  for (let i = 0; i < scale.indicators; i++) {
    const f = i % INDICATOR_FAMILIES.length;
    const [name, unit, kind, decimals, sector] = INDICATOR_FAMILIES[f];
    const variant = Math.floor(i / INDICATOR_FAMILIES.length);
    const id = indicatorId++;
    const parent = variant > 0 && kind !== "ratio" && rng.chance(0.3) ? (familyHead.get(f) ?? null) : null;
    if (variant === 0) familyHead.set(f, id);
    const qualifier = variant === 0 ? "" : ` - ${QUALIFIERS[(variant - 1) % QUALIFIERS.length]}${variant > QUALIFIERS.length ? ` (${variant})` : ""}`;
    rows.push([id, `GEN-IND-${String(i + 1).padStart(3, "0")}`, `${name}${qualifier}`, null, unit, sector, kind, decimals, parent, 1000 + i]);
    const base = kind === "ratio" ? rng.int(30, 90) : kind === "stock" ? rng.int(1_000, 200_000) : rng.int(5, 5_000) / (decimals ? 10 : 1);
    specs.push({ id, kind, decimals, base: parent ? base / 4 : base });
  }
  addCount(ctx, "indicators", await target.copy("indicators", ["id", "code", "name_vi", "name_en", "unit", "sector", "kind", "decimals", "parent_id", "sort_order"], rows));
  const reporters: unknown[][] = [];
  for (const spec of specs) for (const agencyId of reportingAgencies) reporters.push([spec.id, agencyId]);
  addCount(ctx, "indicator_reporters", await target.copy("indicator_reporters", ["indicator_id", "agency_id"], reporters));

  // The months: the last years × 12 ending with the current month.
  const now = new Date(today * 86_400_000);
  const months: { year: number; month: number }[] = [];
  for (let k = scale.years * 12 - 1; k >= 0; k--) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - k, 1));
    months.push({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
  }
  const code = (m: { year: number; month: number }) => `${m.year}-M${String(m.month).padStart(2, "0")}`;
  // Due on the 10th of the following month.
  const periodValues = months.map((m) => `('${code(m)}', '${dayString(dayOf(m.year, m.month + 1, 10))}')`);
  await target.query(`insert into reporting_periods (code, due_on) values ${periodValues.join(", ")} on conflict (code) do nothing`);

  const years = [...new Set(months.map((m) => m.year))];
  const plans: unknown[][] = [];
  for (const spec of specs) for (const year of years) plans.push([spec.id, year, (spec.kind === "flow" ? spec.base * 12 * 1.05 : spec.base * 1.05).toFixed(spec.decimals), rng.pick(ctx.usersByRole.secretariat)]);
  addCount(ctx, "indicator_plans", await target.copy("indicator_plans", ["indicator_id", "year", "target", "updated_by_id"], plans));

  const officers = new Map(ctx.unitOfficerAgencies);
  const secretariat = ctx.usersByRole.secretariat;
  // Each agency's scale relative to the indicator's typical value, and its yearly growth.
  const agencyFactor = reportingAgencies.map(() => 0.3 + rng.float() * 1.7);
  const agencyGrowth = reportingAgencies.map(() => -0.02 + rng.float() * 0.15);
  let reportId = takeIds(ctx, "indicator_reports", reportingAgencies.length * months.length);
  const jobs: { agencyIndex: number; monthIndex: number }[] = [];
  for (let a = 0; a < reportingAgencies.length; a++) for (let m = 0; m < months.length; m++) jobs.push({ agencyIndex: a, monthIndex: m });

  for (let start = 0; start < jobs.length; start += REPORTS_PER_BATCH) {
    const reports: unknown[][] = [];
    const values: unknown[][] = [];
    for (const { agencyIndex, monthIndex } of jobs.slice(start, start + REPORTS_PER_BATCH)) {
      const id = reportId++;
      const agencyId = reportingAgencies[agencyIndex];
      const month = months[monthIndex];
      const monthEnd = dayOf(month.year, month.month + 1, 1) - 1;
      const status = monthIndex === months.length - 1 ? "draft" : monthIndex === months.length - 2 ? "submitted" : "approved";
      const enteredBy = officers.get(agencyId) ?? rng.pick(secretariat);
      const submittedAt = status === "draft" ? null : vnTime(monthEnd + rng.int(3, 9), 10);
      const approvedAt = status === "approved" ? vnTime(monthEnd + rng.int(10, 15), 15) : null;
      const createdAt = vnTime(Math.min(today, monthEnd + 1), 8);
      reports.push([id, agencyId, code(month), status, submittedAt, submittedAt ? enteredBy : null, approvedAt, approvedAt ? rng.pick(secretariat) : null, enteredBy, createdAt, approvedAt ?? submittedAt ?? createdAt]);
      const valueStatus = status === "approved" ? "official" : status === "submitted" ? "preliminary" : "estimated";
      const trend = (1 + agencyGrowth[agencyIndex]) ** (monthIndex / 12);
      const season = 1 + 0.1 * Math.sin(((month.month - 1) / 12) * 2 * Math.PI);
      for (const spec of specs) {
        const noise = 0.9 + rng.float() * 0.2;
        const raw = spec.kind === "ratio" ? Math.min(100, spec.base * (0.8 + 0.2 * trend) * noise) : spec.base * agencyFactor[agencyIndex] * trend * (spec.kind === "flow" ? season : 1) * noise;
        values.push([id, spec.id, raw.toFixed(spec.decimals), valueStatus, enteredBy, createdAt]);
      }
    }
    addCount(ctx, "indicator_reports", await target.copy("indicator_reports", [
      "id", "agency_id", "period_code", "status", "submitted_at", "submitted_by_id", "approved_at", "approved_by_id", "created_by_id", "created_at", "updated_at",
    ], reports));
    addCount(ctx, "indicator_values", await target.copy("indicator_values", ["report_id", "indicator_id", "value", "status", "entered_by_id", "entered_at"], values));
  }
}
