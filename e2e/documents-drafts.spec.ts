import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures/auth";

test.describe("official documents: drafts and printing", () => {
  test("the secretariat edits the conclusion notice's draft, prefilled with the figures, and the print view shows it inside the margins", async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page, "vanphong");
    await page.goto("/conferences");
    await page.getByRole("link", { name: /Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm/ }).first().click();
    await page.waitForURL(/\/conferences\/\d+$/);
    const documents = `${new URL(page.url()).pathname}/documents`;
    await page.goto(documents);
    await page.getByRole("link", { name: "Soạn thông báo kết luận" }).click();

    // The assessment starts from the linked report's key figures, not one boilerplate sentence.
    const assessment = page.getByLabel("I. Đánh giá kết quả");
    await expect(assessment).toHaveValue(/468\.112 thuê bao/);
    const marker = `Hội nghị ghi nhận kết quả nổi bật ${Date.now()}.`;
    await assessment.fill(`${marker}\n${await assessment.inputValue()}`);
    await page.getByRole("button", { name: "Lưu bản nháp" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã lưu bản nháp thông báo kết luận." })).toBeVisible();
    await expect(page.getByText(/phiên bản \d+/)).toBeVisible();

    await page.getByRole("link", { name: "Xem bản in thông báo kết luận" }).first().click();
    const sheet = page.locator("article.odp-sheet");
    await expect(sheet.getByText(marker)).toBeVisible();

    // Printed, the issuing body starts inside the page area (it once sat 6 mm in the margin and was cut).
    await page.emulateMedia({ media: "print" });
    const body = await sheet.getByText("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", { exact: true }).boundingBox();
    const area = await sheet.boundingBox();
    expect(body && area && body.x >= area.x).toBe(true);
  });
});
