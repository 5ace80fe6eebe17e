import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { pageAs } from "./fixtures/auth";

/*
 * axe-core (WCAG 2.1 A and AA rules) over the main pages as each daily role sees them, and
 * the not-found page. Any violation fails with its rule, its help text and where it is.
 */

// The pages of the daily flows and the three named in issue 18 (agency tree, month grid, not found).
const MAIN_PAGES = ["/", "/conferences", "/directives", "/tasks", "/schedule", "/schedule/month", "/directory/agencies", "/tasks/999999999"];

async function violations(page: Page, path: string) {
  await page.goto(path);
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations.map((v) => `${path} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
}

for (const username of ["bcvt", "vanphong", "lanhdao"]) {
  test(`no axe violations on the main pages as ${username}`, async ({ browser }) => {
    test.setTimeout(300_000);
    const page = await pageAs(browser, username);
    const found: string[] = [];
    for (const path of MAIN_PAGES) found.push(...(await violations(page, path)));
    // The seed conference's page, reached from the week it is in.
    await page.goto("/schedule?week=2012-07-02");
    const seed = page.getByRole("table").getByRole("link").first();
    if ((await seed.count()) > 0) found.push(...(await violations(page, (await seed.getAttribute("href")) ?? "/")));
    expect(found).toEqual([]);
  });
}
