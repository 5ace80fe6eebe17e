import { expect, type Page, test } from "@playwright/test";
import { pageAs, signIn, uniqueName } from "./fixtures/auth";
import { createConference, inviteAgency } from "./fixtures/conferences";

/** Every link of the home page's work list opens for this user (nothing shown that they may not follow). */
async function expectWorkLinksOpen(page: Page) {
  const hrefs = await page.locator("main section a").evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
  for (const href of hrefs) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
  }
  return hrefs;
}

test.describe("home page, notifications and the bell", () => {
  for (const username of ["vanphong", "lanhdao", "bcvt", "theodoi", "admin"]) {
    test(`the home page of ${username} lists their work with links they may follow, no placeholder`, async ({ page }) => {
      await signIn(page, username);
      await expect(page.getByRole("heading", { level: 1, name: /^Xin chào, / })).toBeVisible();
      await expect(page.getByText(/Việc cần làm hôm nay, \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
      await expect(page.getByText("sẽ xuất hiện tại đây")).toHaveCount(0);
      await expect(page.getByRole("link", { name: /^Thông báo/ })).toBeVisible();
      const hrefs = await expectWorkLinksOpen(page);
      if (hrefs.length === 0) await expect(page.getByRole("heading", { name: "Không có việc cần làm" })).toBeVisible();
      if (username === "bcvt") {
        // The demo's 2012 tasks of the division are past their deadline.
        await expect(page.getByRole("heading", { name: /^Việc của đơn vị: Phòng Bưu chính, Viễn thông/ })).toBeVisible();
        await page.getByRole("link", { name: /nhiệm vụ quá hạn$/ }).click();
        await expect(page).toHaveURL(/\/tasks\?status=open_overdue/);
      }
      if (username === "theodoi") {
        // A viewer has nothing to act on: no secretariat or approval lines.
        await expect(page.getByRole("link", { name: /chờ công nhận|chờ phê duyệt|Đề nghị gia hạn/ })).toHaveCount(0);
      }
    });
  }

  test("an invitation reaches the invited unit's bell and inbox, not another unit's; opening marks it read; mark all read", async ({ page, browser }) => {
    test.setTimeout(240_000);
    const secretariat = await pageAs(browser, "vanphong");
    const title = uniqueName("Hội nghị chuyên đề chuyển đổi số");
    const conferencePath = await createConference(secretariat, title, "Chuyên đề", "15/06/2031", "08:00", "11:00");
    await inviteAgency(secretariat, conferencePath, "Phòng Bưu chính, Viễn thông");

    await signIn(page, "bcvt");
    const bell = page.getByTestId("notification-bell");
    await expect(bell).toHaveAttribute("aria-label", /^Thông báo: \d+\+? chưa đọc$/);
    await bell.click();
    await expect(page.getByRole("heading", { level: 1, name: "Thông báo" })).toBeVisible();
    const notice = page.getByRole("link", { name: `Giấy mời dự ${title}, 08:00 15/06/2031` });
    await expect(notice).toBeVisible();
    await page.getByRole("link", { name: "Chưa đọc", exact: true }).click();
    await expect(notice).toBeVisible();
    await notice.click();
    await expect(page).toHaveURL(new RegExp(`${conferencePath}/invitations$`));
    await page.goto("/notifications?unread=1");
    await expect(page.getByRole("link", { name: `Giấy mời dự ${title}, 08:00 15/06/2031` })).toHaveCount(0);

    await page.goto("/notifications");
    await page.getByRole("button", { name: "Đánh dấu tất cả đã đọc" }).click();
    await expect(page.getByText("Đã đánh dấu tất cả thông báo là đã đọc.")).toBeVisible();
    await page.goto("/notifications?unread=1");
    await expect(page.getByText("Không có thông báo chưa đọc.")).toBeVisible();
    await expect(page.getByTestId("notification-bell")).toHaveAttribute("aria-label", "Thông báo");

    // Another unit never sees it, not even by the notice's address.
    const other = await pageAs(browser, "phongvhtt");
    await other.goto("/notifications");
    await expect(other.getByRole("link", { name: new RegExp(title) })).toHaveCount(0);
    const href = await page.goto("/notifications").then(() => page.getByRole("link", { name: new RegExp(title) }).getAttribute("href"));
    expect(href).toMatch(/^\/notifications\/\d+\/open$/);
    const response = await other.request.get(href ?? "", { maxRedirects: 0 });
    expect(response.status()).toBe(404);
  });

  test("notification settings: an address and the kinds by e-mail are saved", async ({ page }) => {
    await signIn(page, "phongvhtt");
    await page.goto("/notifications");
    await page.getByRole("link", { name: "Cài đặt nhận thông báo" }).click();
    await page.getByLabel("Địa chỉ thư điện tử").fill("sai@");
    await page.getByRole("button", { name: "Lưu cài đặt" }).click();
    await expect(page.locator("#error-email")).not.toBeEmpty();
    await page.getByLabel("Địa chỉ thư điện tử").fill("vhtt@dienbien.example.vn");
    await page.getByLabel("Nhắc nhiệm vụ quá hạn (hằng tuần)").uncheck();
    await page.getByRole("button", { name: "Lưu cài đặt" }).click();
    await expect(page.getByText("Đã lưu cài đặt nhận thông báo.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Địa chỉ thư điện tử")).toHaveValue("vhtt@dienbien.example.vn");
    await expect(page.getByLabel("Nhắc nhiệm vụ quá hạn (hằng tuần)")).not.toBeChecked();
    await expect(page.getByLabel("Giấy mời", { exact: true })).toBeChecked();
  });
});
