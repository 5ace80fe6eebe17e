import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import type { AgencyRow } from "@/lib/directory/queries";
import type { TreeNode } from "@/lib/directory/rules";
import { AgencyStatus } from "./agency-status";

type Translator = Awaited<ReturnType<typeof getTranslations>>;

/**
 * The agencies as nested lists. A branch's units sit in a <details> element, so they open and
 * close without JavaScript; the top level starts open, deeper levels closed unless `expand`.
 * The agency's own line (with its link) stays outside the <summary>: a link inside the toggle
 * would be one control inside another (axe nested-interactive), and a tap on the name would
 * both open the branch and follow the link.
 * Indentation is small per level so five levels still fit a 360 px screen.
 */
export async function AgencyTree({ roots, today, expand }: { roots: TreeNode<AgencyRow>[]; today: string; expand: boolean }) {
  const t = await getTranslations();
  if (roots.length === 0) return <p className="rounded border border-slate-200 bg-white p-4 text-slate-700">{t("common.noResults")}</p>;
  return (
    <ul aria-label={t("directory.agencyTree")} className="rounded border border-slate-200 bg-white p-2 sm:p-3">
      {roots.map((node) => (
        <TreeBranch key={node.item.id} node={node} today={today} expand={expand} t={t} />
      ))}
    </ul>
  );
}

function TreeBranch({ node, today, expand, t }: { node: TreeNode<AgencyRow>; today: string; expand: boolean; t: Translator }) {
  const line = <AgencyLine agency={node.item} today={today} t={t} />;
  if (node.children.length === 0) {
    // Leaves line up with the names of branches (whose marker takes the first 1.25rem).
    return <li className="py-1.5 pl-5">{line}</li>;
  }
  return (
    <li className="py-1.5 pl-5">
      {line}
      <details open={expand || node.depth === 0} className="-ml-5 mt-1">
        <summary className="cursor-pointer py-1 pl-1 text-sm font-semibold text-slate-700 hover:bg-slate-50">
          {t("directory.unitsOf", { count: node.children.length })}
          <span className="sr-only"> {t("directory.ofAgency", { name: node.item.name })}</span>
        </summary>
        <ul className="ml-2 border-l-2 border-slate-200 pl-2 sm:ml-3 sm:pl-4">
          {node.children.map((child) => (
            <TreeBranch key={child.item.id} node={child} today={today} expand={expand} t={t} />
          ))}
        </ul>
      </details>
    </li>
  );
}

/** Name (a link to the agency), short name, kind and, when relevant, its status. */
function AgencyLine({ agency, today, t }: { agency: AgencyRow; today: string; t: Translator }) {
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2 gap-y-0.5 align-top">
      <Link href={`/directory/agencies/${agency.id}`} className="link">
        {agency.name}
      </Link>
      {agency.shortName ? <span className="text-slate-700">({agency.shortName})</span> : null}
      <span className="text-sm text-slate-600">{t(`agencyKinds.${agency.kind}`)}</span>
      <AgencyStatus agency={agency} today={today} t={t} />
    </span>
  );
}
