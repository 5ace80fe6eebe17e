import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { pageAs } from "./fixtures/auth";

/*
 * axe-core (WCAG 2.1 A and AA rules and best practices) over every main page as each daily
 * role sees it, the pages open to anyone and the not-found page. Any violation fails with its
 * rule, its help text and where it is. A page a role may not open is checked as what that role
 * gets (the "not allowed" page), which must pass too.
 */

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

// The pages of the daily flows (issue 18, item 14), including the three it named: agency tree, month grid, not found.
const MAIN_PAGES = [
  "/",
  "/conferences",
  "/schedule",
  "/schedule/month",
  "/schedule/week",
  "/directives",
  "/tasks",
  "/tasks/overview",
  "/reports",
  "/indicators",
  "/legal-documents",
  "/documents",
  "/directory/agencies",
  "/directory/people",
  "/notifications",
  "/search?q=bao+chi",
  "/account/calendar",
  "/account/notifications",
  "/account/tokens",
  "/lich-cong-tac",
  "/tasks/999999999",
  "/khong-co-trang-nay",
];

async function violations(page: Page, path: string) {
  await page.goto(path);
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${path} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(" | ")}`);
}

/** The first record page linked from a list (a task, a report), when the role sees any. */
async function firstRecordPath(page: Page, listPath: string, pattern: RegExp): Promise<string | null> {
  await page.goto(listPath);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  return hrefs.find((href) => pattern.test(href)) ?? null;
}

for (const username of ["bcvt", "vanphong", "lanhdao"]) {
  test(`no axe violations on the main pages as ${username}`, async ({ browser }) => {
    test.setTimeout(600_000);
    const page = await pageAs(browser, username);
    const found: string[] = [];
    for (const path of MAIN_PAGES) found.push(...(await violations(page, path)));
    // Record pages: a conference the role may open, a task, a report.
    const records = [
      await firstRecordPath(page, "/conferences", /^\/conferences\/\d+$/),
      await firstRecordPath(page, "/tasks", /^\/tasks\/\d+$/),
      await firstRecordPath(page, "/reports", /^\/reports\/\d+$/),
    ];
    for (const path of records) if (path) found.push(...(await violations(page, path)));
    expect(found).toEqual([]);
    // The secretariat and the leader open every conference; a unit officer only those their unit is invited to.
    if (username !== "bcvt") expect(records[0], "a conference page was checked").not.toBeNull();
    await page.context().close();
  });
}

test("no axe violations on the administrator's pages", async ({ browser }) => {
  test.setTimeout(300_000);
  const page = await pageAs(browser, "admin");
  const found: string[] = [];
  for (const path of ["/admin/users", "/admin/deleted-conferences", "/admin/audit"]) found.push(...(await violations(page, path)));
  const user = await firstRecordPath(page, "/admin/users", /^\/admin\/users\/\d+$/);
  if (user) found.push(...(await violations(page, user)));
  expect(found).toEqual([]);
  await page.context().close();
});

test("no axe violations on the pages open without signing in", async ({ page }) => {
  test.setTimeout(300_000);
  const found: string[] = [];
  for (const path of ["/login", "/lich-cong-tac", "/khong-co-trang-nay"]) found.push(...(await violations(page, path)));
  expect(found).toEqual([]);
});
