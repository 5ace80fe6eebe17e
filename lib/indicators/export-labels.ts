import type { getTranslations } from "@/lib/i18n/server";
import { type ValueStatus, valueStatuses } from "@/db/schema";
import { downloadFileName } from "@/lib/storage/content-disposition";
import type { ConsolidatedSheetLabels, ReportSheetLabels } from "./export-xlsx";
import { type ImportColumn, type ImportSheetLabels, importColumns } from "./import-parse";
import type { TemplateLabels } from "./import-template";

/*
 * The words of the import template, the import reader and the exports, from the messages
 * ("reportImport" namespace; root translator). The builders themselves know no messages.
 */

type Translator = Awaited<ReturnType<typeof getTranslations>>;

export function importSheetLabels(t: Translator): ImportSheetLabels {
  return {
    columns: Object.fromEntries(importColumns.map((column) => [column, t(`reportImport.columns.${column}`)])) as Record<ImportColumn, string>,
    agency: t("reportImport.template.agency"),
    periodCode: t("reportImport.template.periodCode"),
    decimalMark: t("reportImport.template.decimalMark"),
  };
}

export function valueStatusLabels(t: Translator): Record<ValueStatus, string> {
  return Object.fromEntries(valueStatuses.map((status) => [status, t(`reportImport.statuses.${status}`)])) as Record<ValueStatus, string>;
}

const INSTRUCTION_KEYS = ["instruction1", "instruction2", "instruction3", "instruction4", "instruction5"] as const;

export function templateLabels(t: Translator): TemplateLabels {
  return {
    sheet: importSheetLabels(t),
    sheetName: t("reportImport.template.sheetName"),
    title: t("reportImport.template.title"),
    period: t("reportImport.template.period"),
    instructions: INSTRUCTION_KEYS.map((key) => t(`reportImport.template.${key}`)),
    statuses: valueStatusLabels(t),
    statusListTitle: t("reportImport.template.statusListTitle"),
    statusListError: t("reportImport.template.statusListError"),
  };
}

export function reportSheetLabels(t: Translator, header: { agencyName: string; periodText: string; statusText: string; exportedAt: string }): ReportSheetLabels {
  return {
    sheetName: t("reportImport.export.reportSheetName"),
    title: t("reportImport.export.reportTitle", { agency: header.agencyName, period: header.periodText }),
    subtitle: t("reportImport.export.reportSubtitle", { status: header.statusText, at: header.exportedAt }),
    columns: {
      no: t("reportImport.export.no"),
      indicator: t("reportImport.export.indicator"),
      unit: t("reportImport.columns.unit"),
      value: t("reportImport.columns.value"),
      planPercent: t("reportImport.export.planPercent"),
      planReported: t("reportImport.export.planReported"),
      yoyRatio: t("reportImport.export.yoyRatio"),
      growth: t("reportImport.export.growth"),
      growthReported: t("reportImport.export.growthReported"),
      status: t("reportImport.columns.status"),
      note: t("reportImport.columns.note"),
    },
    statusLabel: (status) => t(`reportImport.statuses.${status}`),
    planReportedDiffers: t("reportImport.export.planReportedDiffers"),
    growthReportedDiffers: t("reportImport.export.growthReportedDiffers"),
    exceedsParent: t("reportImport.export.exceedsParent"),
  };
}

export function consolidatedSheetLabels(t: Translator, header: { periodText: string; reportCount: number; exportedAt: string }): ConsolidatedSheetLabels {
  return {
    sheetName: t("reportImport.export.consolidatedSheetName"),
    title: t("reportImport.export.consolidatedTitle", { period: header.periodText }),
    subtitle: t("reportImport.export.consolidatedSubtitle", { count: header.reportCount, at: header.exportedAt }),
    columns: {
      indicator: t("reportImport.export.indicator"),
      unit: t("reportImport.columns.unit"),
      total: t("reportImport.export.total"),
      agencies: t("reportImport.export.agencies"),
      department: t("reportImport.export.department"),
      note: t("reportImport.columns.note"),
    },
    agencyCount: (count, reporters) => `${count}/${reporters}`,
    ratioNotSummed: t("reportImport.export.ratioNotSummed"),
    partial: t("reportImport.export.partial"),
  };
}

/** A file name a person recognises, without characters file systems refuse. */
export function safeFileName(name: string): string {
  return downloadFileName(name);
}
