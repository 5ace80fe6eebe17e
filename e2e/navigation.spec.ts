import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./fixtures/auth";

/*
 * Links are plain <a> elements; components/layout/soft-navigation.tsx makes a plain click on
 * one a client-side navigation. A mark left on `window` survives a client-side navigation
 * and is gone after a full page load, which tells the two apart.
 */

async function markDocument(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { softNavigationMark?: number }).softNavigationMark = 1;
  });
}

const documentKept = (page: Page) => page.evaluate(() => (window as unknown as { softNavigationMark?: number }).softNavigationMark === 1);

test.describe("links", () => {
  test("a click on the menu and on a table's link moves client-side; the page is the one linked", async ({ page }) => {
    await signIn(page, "vanphong");
    await markDocument(page);
    await page.getByRole("navigation", { name: "Danh mục" }).getByRole("link", { name: "Hội nghị" }).click();
    await expect(page).toHaveURL(/\/conferences$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hội nghị");
    expect(await documentKept(page)).toBe(true);

    await page.getByRole("link", { name: /Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm/ }).click();
    await expect(page).toHaveURL(/\/conferences\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm");
    expect(await documentKept(page)).toBe(true);

    // Back returns to the list, still without a page load.
    await page.goBack();
    await expect(page).toHaveURL(/\/conferences$/);
    expect(await documentKept(page)).toBe(true);
  });

  test("the browser keeps what is its own: a jump within the page, a file to download", async ({ page }) => {
    await signIn(page, "vanphong");
    await markDocument(page);
    // The skip link is the first thing a keyboard reaches.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    expect(await documentKept(page)).toBe(true);

    await page.goto("/conferences");
    await page.getByRole("link", { name: /Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm/ }).click();
    await page.getByRole("link", { name: "Chương trình" }).click();
    await expect(page).toHaveURL(/\/agenda$/);
    await markDocument(page);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Tải về lịch (.ics)" }).click();
    expect((await download).suggestedFilename()).toMatch(/\.ics$/);
    // The download left the page as it was.
    await expect(page).toHaveURL(/\/agenda$/);
    expect(await documentKept(page)).toBe(true);
  });
});
