import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { DataTable } from "@/components/ui/table";
import { formatNumber } from "@/lib/format";
import type { ArrangedItem, CatalogueItem, CatalogueSection } from "@/lib/indicators/catalogue-queries";
import { startsWithOfWhich } from "@/lib/indicators/catalogue-rules";
import { IndicatorStatusTag } from "./indicator-status-tag";

/** An indicator's name, indented under its parent with "Trong đó:" when it is a sub-indicator. */
export async function IndicatorName({ row, href }: { row: ArrangedItem<CatalogueItem>; href?: string }) {
  const t = await getTranslations("indicators");
  const { item, depth } = row;
  const name = href ? (
    <Link href={href} className="link">
      {item.nameVi}
    </Link>
  ) : (
    <span className="font-semibold">{item.nameVi}</span>
  );
  if (depth === 0 && item.parentCode === null) return name;
  return (
    <span className={depth === 1 ? "block border-l-2 border-slate-300 pl-4" : "block"}>
      {depth === 1 && !startsWithOfWhich(item.nameVi) ? <span className="text-slate-600">{t("ofWhich")} </span> : null}
      {name}
      {depth === 0 && item.parentCode ? <span className="block text-sm text-slate-600">({t("ofWhichParent", { code: item.parentCode })})</span> : null}
    </span>
  );
}

/** One table per sector, in the report form's order. */
export async function CatalogueTables({ sections, today }: { sections: CatalogueSection<CatalogueItem>[]; today: string }) {
  const t = await getTranslations("indicators");
  const ts = await getTranslations("sectors");
  return (
    <div className="space-y-8">
      {sections.map((section) => (
        <section key={section.sector} aria-labelledby={`sector-${section.sector}`}>
          <h2 id={`sector-${section.sector}`} className="mb-3 text-lg font-bold">
            {ts(section.sector)}
          </h2>
          <DataTable
            caption={t("list.sectorCaption", { sector: ts(section.sector) })}
            empty={t("list.empty")}
            rows={section.rows}
            rowKey={(row) => row.item.id}
            columns={[
              { key: "code", header: t("list.code"), cell: (row) => <span className="whitespace-nowrap font-mono text-sm">{row.item.code}</span> },
              { key: "name", header: t("list.name"), cell: (row) => <IndicatorName row={row} href={`/indicators/${row.item.id}`} /> },
              { key: "unit", header: t("list.unit"), cell: (row) => row.item.unit },
              { key: "kind", header: t("list.kind"), cell: (row) => t(`kinds.${row.item.kind}`) },
              { key: "decimals", header: t("list.decimals"), numeric: true, cell: (row) => formatNumber(row.item.decimals) },
              { key: "status", header: t("list.status"), cell: (row) => <IndicatorStatusTag indicator={row.item} today={today} /> },
            ]}
          />
        </section>
      ))}
    </div>
  );
}
