import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./fixtures/auth";

/** The header's search box (the search page has a box of its own in its content). */
const headerSearch = (page: Page) => page.getByRole("banner").getByRole("searchbox", { name: "Tìm kiếm" });

test.describe("search", () => {
  test("the header box on a wide screen: typed without diacritics, results grouped by kind with the words marked", async ({ page }) => {
    await signIn(page, "vanphong");
    await headerSearch(page).fill("thong tu 04");
    await headerSearch(page).press("Enter");
    await expect(page).toHaveURL(/\/search\?q=thong\+tu\+04$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kết quả cho «thong tu 04»");

    const legal = page.getByRole("region", { name: "Văn bản pháp quy" });
    await expect(legal.getByRole("link", { name: "04/2012/TT-BTTTT" })).toBeVisible();
    await expect(legal.locator("mark").first()).toHaveText("04");
    const tasks = page.getByRole("region", { name: "Nhiệm vụ" });
    const training = tasks.getByRole("link", { name: /^Tổ chức tập huấn, hướng dẫn thực hiện Thông tư 04\/2012\/TT-BTTTT/ });
    await expect(training).toBeVisible();
    await expect(training.locator("mark")).toContainText(["Thông", "tư", "04", "TT"]);

    await training.click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Tổ chức tập huấn");
  });

  test("the header box on a phone: đ typed as d, a typo forgiven", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signIn(page, "vanphong");
    await expect(headerSearch(page)).toBeVisible();
    await headerSearch(page).fill("dai phat thanh truyenn hinh");
    await page.getByRole("banner").getByRole("button", { name: "Tìm", exact: true }).tap();
    const agencies = page.getByRole("region", { name: "Cơ quan, đơn vị" });
    await expect(agencies.getByRole("link", { name: /^Đài Phát thanh - Truyền hình tỉnh Điện Biên/ })).toBeVisible();
    await context.close();
  });

  test("a unit officer finds only what concerns the unit: another unit's task is never listed", async ({ page }) => {
    await signIn(page, "bcvt");
    // Led by the press division (BCXB) with no part for BCVT; the secretariat would find it.
    await page.goto(`/search?q=${encodeURIComponent("ra soat giay phep xuat ban")}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kết quả cho «ra soat giay phep xuat ban»");
    await expect(page.getByText("Rà soát giấy phép xuất bản bản tin")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Nhiệm vụ" })).toHaveCount(0);

    // The unit's own task is found, and opens.
    await page.goto(`/search?q=${encodeURIComponent("kiem tra thue bao tra truoc")}`);
    await expect(page.getByRole("region", { name: "Nhiệm vụ" }).getByRole("link", { name: /^Kiểm tra việc đăng ký thông tin thuê bao/ })).toBeVisible();
  });

  test("the secretariat finds the task the unit officer could not", async ({ page }) => {
    await signIn(page, "vanphong");
    await page.goto(`/search?q=${encodeURIComponent("ra soat giay phep xuat ban")}`);
    await expect(page.getByRole("region", { name: "Nhiệm vụ" }).getByRole("link", { name: /^Rà soát giấy phép xuất bản bản tin/ })).toBeVisible();
  });
});
