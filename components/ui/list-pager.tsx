import { getTranslations } from "@/lib/i18n/server";
import { type ListTotal, pagePosition } from "@/lib/list-total";
import { Pager } from "./pager";

/** "1.234 nhiệm vụ", or "Hơn 10.000 nhiệm vụ" when the count stopped at its cap (lib/list-total.ts). */
export async function listTotalText(total: ListTotal, countText: (count: number) => string): Promise<string> {
  if (!total.more) return countText(total.count);
  const tc = await getTranslations("common");
  return tc("moreThan", { text: countText(total.count) });
}

/** The Pager of a list whose total comes from countUpTo: "Trang 3/25", or "Trang 3" past the counted cap. */
export async function ListPager({ label, total, page, pageSize, rowsOnPage, href }: { label: string; total: ListTotal; page: number; pageSize: number; rowsOnPage: number; href: (page: number) => string }) {
  const tc = await getTranslations("common");
  const position = pagePosition(total, page, pageSize, rowsOnPage);
  return (
    <Pager
      label={label}
      status={position.pages === null ? tc("pageOpen", { page: position.page }) : tc("page", { page: position.page, pages: position.pages })}
      previousHref={page > 1 ? href(Math.min(page - 1, position.pages ?? page - 1)) : undefined}
      nextHref={position.hasNext ? href(page + 1) : undefined}
      previous={tc("previous")}
      next={tc("next")}
    />
  );
}
