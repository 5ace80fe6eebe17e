import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import {
  conferenceReports,
  conferences,
  directiveIndicators,
  directives,
  type directiveSectors,
  type IndicatorKind,
  indicatorReporters,
  indicatorReports,
  indicators,
  indicatorValues,
  reportingPeriods,
  users,
  type ValueStatus,
} from "@/db/schema";
import { SEED_CONFERENCE_START, SEED_CONFERENCE_TITLE } from "./conferences";

/*
 * The indicator catalogue of the seed article (DOMAIN.md, "The seed conference as data"),
 * the department's consolidated H1 2012 report with the article's figures exactly as written
 * (ước đạt, comparisons as reported, no plans and no 2011 base: the article gives none), and
 * clearly marked demo quarters of Viettel Điện Biên so the trend chart and the computed
 * year-on-year have real rows. Idempotent: indicators by code, periods by code, reports by
 * agency and period; links are made only together with the row created in the same run, so
 * an admin's later removal of a link is not undone at the next start.
 */

type Sector = (typeof directiveSectors)[number];
interface SeedIndicator {
  code: string;
  nameVi: string;
  nameEn: string;
  unit: string;
  sector: Sector;
  kind: IndicatorKind;
  /** Chosen so the article's figure prints exactly as written: 13,6 → 1; 89,16 → 2; 2,067 → 3. */
  decimals: number;
  parent?: string;
  reporters: string[];
}

const TELECOM = ["STTTT", "VNPT", "VIETTEL", "MOBIFONE"];
const IT_RATIOS = ["CNTT-TL-MT", "CNTT-TL-LAN", "CNTT-TL-QLVB", "CNTT-TL-TTDT", "CNTT-TL-EMAIL"];

// In the article's (and the report table's) order; sortOrder is the position × 10 so rows can be slotted in between.
export const SEED_INDICATORS: SeedIndicator[] = [
  { code: "BCVT-DT-BC", nameVi: "Doanh thu dịch vụ bưu chính", nameEn: "Postal service revenue", unit: "tỷ đồng", sector: "postal_telecom", kind: "flow", decimals: 1, reporters: ["STTTT", "BDT"] },
  { code: "VT-DT", nameVi: "Doanh thu dịch vụ viễn thông", nameEn: "Telecommunications service revenue", unit: "tỷ đồng", sector: "postal_telecom", kind: "flow", decimals: 2, reporters: TELECOM },
  { code: "VT-TB-DT", nameVi: "Thuê bao điện thoại", nameEn: "Telephone subscribers", unit: "thuê bao", sector: "postal_telecom", kind: "stock", decimals: 0, reporters: TELECOM },
  { code: "VT-TB-INT", nameVi: "Thuê bao Internet", nameEn: "Internet subscribers", unit: "thuê bao", sector: "postal_telecom", kind: "stock", decimals: 0, reporters: TELECOM },
  { code: "PTTH-PT-GIO", nameVi: "Thời lượng thu, phát sóng phát thanh của Đài tỉnh", nameEn: "Radio hours relayed and broadcast by the provincial station", unit: "giờ", sector: "broadcasting", kind: "flow", decimals: 0, reporters: ["STTTT", "DPTTH"] },
  { code: "PTTH-PT-DP", nameVi: "Thời lượng phát thanh địa phương", nameEn: "Locally produced radio hours", unit: "giờ", sector: "broadcasting", kind: "flow", decimals: 0, parent: "PTTH-PT-GIO", reporters: ["STTTT", "DPTTH"] },
  { code: "PTTH-TH-GIO", nameVi: "Thời lượng thu, phát sóng truyền hình của Đài tỉnh", nameEn: "Television hours relayed and broadcast by the provincial station", unit: "giờ", sector: "broadcasting", kind: "flow", decimals: 0, reporters: ["STTTT", "DPTTH"] },
  { code: "PTTH-TH-DP", nameVi: "Thời lượng truyền hình địa phương", nameEn: "Locally produced television hours", unit: "giờ", sector: "broadcasting", kind: "flow", decimals: 0, parent: "PTTH-TH-GIO", reporters: ["STTTT", "DPTTH"] },
  { code: "PTTH-TB-TRT", nameVi: "Thuê bao truyền hình trả tiền", nameEn: "Pay television subscribers", unit: "thuê bao", sector: "broadcasting", kind: "stock", decimals: 0, reporters: ["STTTT"] },
  { code: "IN-SL", nameVi: "Sản lượng in", nameEn: "Printing output", unit: "triệu trang in tiêu chuẩn", sector: "printing", kind: "flow", decimals: 0, reporters: ["STTTT", "IN"] },
  { code: "IN-DT", nameVi: "Doanh thu ngành in", nameEn: "Printing revenue", unit: "tỷ đồng", sector: "printing", kind: "flow", decimals: 1, reporters: ["STTTT", "IN"] },
  { code: "PH-SACH", nameVi: "Số bản sách phát hành", nameEn: "Books distributed", unit: "bản", sector: "publishing", kind: "flow", decimals: 0, reporters: ["STTTT", "SACH"] },
  { code: "PH-DT", nameVi: "Doanh thu phát hành sách", nameEn: "Book distribution revenue", unit: "tỷ đồng", sector: "publishing", kind: "flow", decimals: 3, reporters: ["STTTT", "SACH"] },
  { code: "CNTT-MAYCHU", nameVi: "Số máy chủ tại các cơ quan nhà nước", nameEn: "Servers in state agencies", unit: "máy chủ", sector: "it", kind: "stock", decimals: 0, reporters: ["STTTT"] },
  { code: "CNTT-TL-MT", nameVi: "Tỷ lệ máy tính/cán bộ, công chức", nameEn: "Computers per civil servant", unit: "%", sector: "it", kind: "ratio", decimals: 0, reporters: ["STTTT"] },
  { code: "CNTT-TL-LAN", nameVi: "Tỷ lệ cơ quan nhà nước kết nối mạng LAN, Internet băng thông rộng", nameEn: "State agencies connected to a LAN and broadband Internet", unit: "%", sector: "it", kind: "ratio", decimals: 0, reporters: ["STTTT"] },
  { code: "CNTT-TL-QLVB", nameVi: "Tỷ lệ cơ quan ứng dụng phần mềm quản lý văn bản và điều hành qua mạng", nameEn: "State agencies using online document management and administration software", unit: "%", sector: "it", kind: "ratio", decimals: 0, reporters: ["STTTT"] },
  { code: "CNTT-TL-TTDT", nameVi: "Tỷ lệ cơ quan có trang thông tin điện tử", nameEn: "State agencies with a website", unit: "%", sector: "it", kind: "ratio", decimals: 0, reporters: ["STTTT"] },
  { code: "CNTT-TL-EMAIL", nameVi: "Tỷ lệ cán bộ thường xuyên sử dụng thư điện tử trong trao đổi công việc", nameEn: "Officials regularly using e-mail for work", unit: "%", sector: "it", kind: "ratio", decimals: 0, reporters: ["STTTT"] },
];

interface SeedValue {
  code: string;
  value: string;
  growth?: string;
  plan?: string;
  note?: string;
}

export const SEED_PERIOD = { code: "2012-H1", dueOn: "2012-07-10" };

/** The article's H1 2012 figures, all "ước đạt"; comparisons only where the article states one. */
export const SEED_H1_2012_VALUES: SeedValue[] = [
  { code: "BCVT-DT-BC", value: "13.6" },
  { code: "VT-DT", value: "89.16" },
  { code: "VT-TB-DT", value: "468112", growth: "9" },
  { code: "VT-TB-INT", value: "11570", growth: "5" },
  { code: "PTTH-PT-GIO", value: "6612", plan: "50" },
  { code: "PTTH-PT-DP", value: "821" },
  { code: "PTTH-TH-GIO", value: "16200", plan: "52" },
  { code: "PTTH-TH-DP", value: "900" },
  { code: "PTTH-TB-TRT", value: "8759" },
  { code: "IN-SL", value: "418732" },
  // "ước đạt trên 4,8 tỷ đồng": the article says more than 4,8 — and 64% of plan, so not "over plan".
  { code: "IN-DT", value: "4.8", growth: "1.3", plan: "64", note: "Ước đạt trên 4,8 tỷ đồng" },
  { code: "PH-SACH", value: "204964" },
  { code: "PH-DT", value: "2.067" },
  { code: "CNTT-MAYCHU", value: "71" },
  { code: "CNTT-TL-MT", value: "94" },
  { code: "CNTT-TL-LAN", value: "100" },
  { code: "CNTT-TL-QLVB", value: "76" },
  { code: "CNTT-TL-TTDT", value: "52" },
  { code: "CNTT-TL-EMAIL", value: "30" },
];

export const DEMO_NOTE = "Số liệu minh họa (không có trong bài báo)";
export const DEMO_AGENCY = "VIETTEL";

/** Illustrative quarters (~2%/quarter growth): subscribers at quarter end, revenue of the quarter. */
export const DEMO_QUARTERS: { period: string; dueOn: string; subscribers: string; revenue: string }[] = [
  { period: "2011-Q1", dueOn: "2011-04-10", subscribers: "226410", revenue: "17.85" },
  { period: "2011-Q2", dueOn: "2011-07-10", subscribers: "230950", revenue: "18.21" },
  { period: "2011-Q3", dueOn: "2011-10-10", subscribers: "235580", revenue: "18.57" },
  { period: "2011-Q4", dueOn: "2012-01-10", subscribers: "240290", revenue: "18.94" },
  { period: "2012-Q1", dueOn: "2012-04-10", subscribers: "245100", revenue: "19.32" },
  { period: "2012-Q2", dueOn: "2012-07-10", subscribers: "250020", revenue: "19.71" },
  { period: "2012-Q3", dueOn: "2012-10-10", subscribers: "254980", revenue: "20.10" },
  { period: "2012-Q4", dueOn: "2013-01-10", subscribers: "260090", revenue: "20.50" },
];

/** Directive number in the seed conference → the indicators it is plainly about. */
const DIRECTIVE_LINKS: Record<number, string[]> = {
  2: IT_RATIOS, // "… quản lý lĩnh vực bưu chính, viễn thông và công nghệ thông tin"
  3: ["VT-TB-DT"], // prepaid mobile subscribers (Circular 04/2012/TT-BTTTT)
};

const at = (day: string, time = "09:00") => new Date(`${day}T${time}:00+07:00`);
const addDays = (day: string, days: number) => new Date(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10) + days)).toISOString().slice(0, 10);

async function seedCatalogue(tx: Db, idByCode: Map<string, number>): Promise<{ ids: Map<string, number>; created: Set<string> }> {
  const codes = SEED_INDICATORS.map((i) => i.code);
  const ids = new Map((await tx.select({ id: indicators.id, code: indicators.code }).from(indicators).where(inArray(indicators.code, codes))).map((r) => [r.code, r.id]));
  const created = new Set<string>();
  // Parents come before their "trong đó" children in the list, so one pass resolves every parent.
  for (const [index, item] of SEED_INDICATORS.entries()) {
    if (ids.has(item.code)) continue;
    const [row] = await tx
      .insert(indicators)
      .values({
        code: item.code,
        nameVi: item.nameVi,
        nameEn: item.nameEn,
        unit: item.unit,
        sector: item.sector,
        kind: item.kind,
        decimals: item.decimals,
        parentId: item.parent ? (ids.get(item.parent) ?? null) : null,
        sortOrder: (index + 1) * 10,
      })
      .returning({ id: indicators.id });
    ids.set(item.code, row.id);
    created.add(item.code);
    const reporters = item.reporters.map((code) => idByCode.get(code)).filter((id): id is number => id !== undefined);
    if (reporters.length > 0) await tx.insert(indicatorReporters).values(reporters.map((agencyId) => ({ indicatorId: row.id, agencyId }))).onConflictDoNothing();
  }
  return { ids, created };
}

interface NewReport {
  agencyId: number;
  period: string;
  createdAt: Date;
  submittedAt: Date;
  approvedAt: Date;
  userId: number | null;
  values: { indicatorId: number; value: string; status: ValueStatus; note: string | null; growth: string | null; plan: string | null }[];
}

/** Creates an approved report with its values unless the agency already has one for the period; returns its id when created. */
async function createReport(tx: Db, r: NewReport): Promise<number | null> {
  const [existing] = await tx
    .select({ id: indicatorReports.id })
    .from(indicatorReports)
    .where(and(eq(indicatorReports.agencyId, r.agencyId), eq(indicatorReports.periodCode, r.period)))
    .limit(1);
  if (existing) return null;
  const [report] = await tx
    .insert(indicatorReports)
    .values({
      agencyId: r.agencyId,
      periodCode: r.period,
      status: "approved",
      createdById: r.userId,
      createdAt: r.createdAt,
      submittedById: r.userId,
      submittedAt: r.submittedAt,
      approvedById: r.userId,
      approvedAt: r.approvedAt,
      updatedAt: r.approvedAt,
    })
    .returning({ id: indicatorReports.id });
  await tx.insert(indicatorValues).values(
    r.values.map((v) => ({
      reportId: report.id,
      indicatorId: v.indicatorId,
      value: v.value,
      status: v.status,
      note: v.note,
      reportedGrowthPercent: v.growth,
      reportedPlanPercent: v.plan,
      enteredById: r.userId,
      enteredAt: r.createdAt,
    })),
  );
  return report.id;
}

/** Returns how many rows it created (indicators, periods, reports). */
export async function seedIndicators(tx: Db, idByCode: Map<string, number>): Promise<number> {
  const { ids, created: createdCodes } = await seedCatalogue(tx, idByCode);
  let created = createdCodes.size;

  const periods = [SEED_PERIOD, ...DEMO_QUARTERS.map((q) => ({ code: q.period, dueOn: q.dueOn }))];
  created += (await tx.insert(reportingPeriods).values(periods).onConflictDoNothing().returning({ code: reportingPeriods.code })).length;

  // The secretariat (Văn phòng Sở) compiles, submits and approves the department's reports.
  const [secretariat] = await tx.select({ id: users.id }).from(users).where(eq(users.username, "vanphong")).limit(1);
  const userId = secretariat?.id ?? null;

  const [conference] = await tx
    .select({ id: conferences.id })
    .from(conferences)
    .where(and(eq(conferences.title, SEED_CONFERENCE_TITLE), eq(conferences.startsAt, SEED_CONFERENCE_START)))
    .limit(1);

  const department = idByCode.get("STTTT");
  if (department !== undefined) {
    // Estimated before the period ended and discussed at the conference on 02/07/2012.
    const reportId = await createReport(tx, {
      agencyId: department,
      period: SEED_PERIOD.code,
      createdAt: at("2012-06-25"),
      submittedAt: at("2012-06-28", "16:00"),
      approvedAt: at("2012-06-29", "10:00"),
      userId,
      values: SEED_H1_2012_VALUES.map((v) => ({
        indicatorId: ids.get(v.code)!,
        value: v.value,
        status: "estimated",
        note: v.note ?? null,
        growth: v.growth ?? null,
        plan: v.plan ?? null,
      })),
    });
    if (reportId !== null) {
      created++;
      if (conference) await tx.insert(conferenceReports).values({ conferenceId: conference.id, reportId }).onConflictDoNothing();
    }
  }

  const enterprise = idByCode.get(DEMO_AGENCY);
  if (enterprise !== undefined) {
    for (const q of DEMO_QUARTERS) {
      const status: ValueStatus = q.period.startsWith("2011") ? "official" : "preliminary";
      const demo = (code: string, value: string) => ({ indicatorId: ids.get(code)!, value, status, note: DEMO_NOTE, growth: null, plan: null });
      const reportId = await createReport(tx, {
        agencyId: enterprise,
        period: q.period,
        createdAt: at(addDays(q.dueOn, -5)),
        submittedAt: at(addDays(q.dueOn, -3), "15:00"),
        approvedAt: at(addDays(q.dueOn, -1), "10:00"),
        userId,
        values: [demo("VT-TB-DT", q.subscribers), demo("VT-DT", q.revenue)],
      });
      if (reportId !== null) created++;
    }
  }

  if (conference) {
    const linked = await tx
      .select({ id: directives.id, number: directives.number })
      .from(directives)
      .where(and(eq(directives.conferenceId, conference.id), inArray(directives.number, Object.keys(DIRECTIVE_LINKS).map(Number))));
    const links = linked.flatMap((d) =>
      DIRECTIVE_LINKS[d.number].filter((code) => createdCodes.has(code)).map((code) => ({ directiveId: d.id, indicatorId: ids.get(code)! })),
    );
    if (links.length > 0) await tx.insert(directiveIndicators).values(links).onConflictDoNothing();
  }
  return created;
}
