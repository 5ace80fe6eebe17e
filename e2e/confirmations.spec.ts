import { expect, test } from "@playwright/test";
import { pageAs, signIn, uniqueName } from "./fixtures/auth";
import { createConference, inviteAgency, vietnamDate } from "./fixtures/conferences";

/*
 * What cannot be undone asks first (issue 17, item 8), a deleted conference can be restored by
 * the admin, and the life cycle follows the conference's dates (issue 18, item 10).
 */
test.describe("confirmations and dates", () => {
  test("deleting a bridge point and a conference asks first; the deleted conference is gone until the admin restores it", async ({ page, browser }) => {
    await signIn(page, "vanphong");
    const title = uniqueName("Hội nghị trực tuyến xóa thử");
    const path = await createConference(page, title, "Chuyên đề", vietnamDate(20), "08:00", "10:00");
    await inviteAgency(page, path, "Viettel Điện Biên");

    await page.goto(`${path}?action=add-bridge`);
    await page.getByLabel("Tên điểm cầu").fill("Điểm cầu huyện Mường Chà");
    await page.getByRole("button", { name: "Thêm điểm cầu" }).click();
    await expect(page.getByRole("cell", { name: "Điểm cầu huyện Mường Chà", exact: true })).toBeVisible();
    await page.getByRole("link", { name: "Xóa Điểm cầu huyện Mường Chà" }).click();
    await expect(page.getByRole("heading", { name: "Xóa điểm cầu Điểm cầu huyện Mường Chà" })).toBeVisible();
    await page.getByRole("link", { name: "Quay lại, không thay đổi gì" }).click();
    await expect(page.getByRole("cell", { name: "Điểm cầu huyện Mường Chà", exact: true })).toBeVisible();
    await page.getByRole("link", { name: "Xóa Điểm cầu huyện Mường Chà" }).click();
    await page.getByRole("button", { name: "Xóa điểm cầu" }).click();
    await expect(page.getByText("Đã xóa điểm cầu.")).toBeVisible();
    await expect(page.getByRole("cell", { name: "Điểm cầu huyện Mường Chà", exact: true })).toHaveCount(0);

    await page.getByRole("link", { name: "Xóa hội nghị" }).click();
    await expect(page.getByRole("heading", { name: `Xóa hội nghị “${title}”?` })).toBeVisible();
    await expect(page.getByText("Chỉ quản trị hệ thống khôi phục được hội nghị đã xóa.")).toBeVisible();
    await page.getByRole("button", { name: "Xóa hội nghị" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã xóa hội nghị. Nếu xóa nhầm, quản trị hệ thống có thể khôi phục." })).toBeVisible();
    expect((await page.goto(path))?.status()).toBe(404);
    await page.goto(`/conferences?q=${encodeURIComponent(title)}`);
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);
    // The list of deleted conferences is the admin's.
    expect((await page.goto("/admin/deleted-conferences"))?.status()).toBe(403);

    const admin = await pageAs(browser, "admin");
    await admin.goto("/admin/deleted-conferences");
    await admin.getByRole("row", { name: new RegExp(title) }).getByRole("button", { name: "Khôi phục" }).click();
    await expect(admin.getByRole("heading", { name: title })).toBeVisible();
    await expect(admin.getByRole("status").filter({ hasText: "Đã khôi phục hội nghị cùng giấy mời, chương trình và điểm cầu." })).toBeVisible();
    await admin.goto(`${path}/invitations`);
    await expect(admin.getByRole("cell", { name: "Viettel Điện Biên" })).toBeVisible();
    await admin.context().close();
  });

  test("removing an invitation asks first, showing the reply that would go with it", async ({ page }) => {
    await signIn(page, "vanphong");
    const path = await createConference(page, uniqueName("Hội nghị bỏ mời thử"), "Chuyên đề", vietnamDate(21), "08:00", "10:00");
    await inviteAgency(page, path, "Viettel Điện Biên");
    await page.goto(`${path}/invitations`);
    const invitee = page.getByRole("cell", { name: "Viettel Điện Biên", exact: true });
    await expect(invitee).toBeVisible();
    // The row's QR code page (the same loader finds the invitation for both pages).
    await page.getByRole("row", { name: /Viettel Điện Biên/ }).getByRole("link", { name: "Mã QR" }).click();
    await expect(page.getByRole("img", { name: "Mã QR điểm danh của Viettel Điện Biên" })).toBeVisible();
    await page.goBack();
    await page.getByRole("row", { name: /Viettel Điện Biên/ }).getByRole("link", { name: "Xóa" }).click();
    await expect(page.getByRole("heading", { name: "Xóa Viettel Điện Biên khỏi danh sách mời" })).toBeVisible();
    await expect(page.getByText(/Giấy mời và trả lời đã ghi .* bị xóa/)).toBeVisible();
    await page.getByRole("link", { name: "Quay lại, không thay đổi gì" }).click();
    await expect(invitee).toBeVisible();
    await page.getByRole("row", { name: /Viettel Điện Biên/ }).getByRole("link", { name: "Xóa" }).click();
    await page.getByRole("button", { name: "Xóa khỏi danh sách mời" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã xóa khỏi danh sách mời." })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${path}/invitations`));
    await expect(invitee).toHaveCount(0);
  });

  test("before the conference's day: “đã diễn ra” needs the secretariat's reason, the invitation list is final and check-in stays closed until opened with one", async ({ page }) => {
    await signIn(page, "vanphong");
    const title = uniqueName("Giao ban tháng sau");
    const path = await createConference(page, title, "Giao ban định kỳ", vietnamDate(14), "08:00", "10:00");
    await inviteAgency(page, path, "Viettel Điện Biên");
    await page.goto(path);
    await page.getByRole("button", { name: "Lên lịch", exact: true }).click();
    await expect(page.getByText("Đã lên lịch").first()).toBeVisible();

    // Not a one-click button before the day: it opens a form that asks why.
    await expect(page.getByRole("button", { name: "Đánh dấu đã diễn ra" })).toHaveCount(0);
    await page.getByRole("link", { name: "Đánh dấu đã diễn ra" }).click();
    await expect(page.getByText(/chưa đến ngày họp/)).toBeVisible();
    await page.getByRole("button", { name: "Đánh dấu đã diễn ra" }).click();
    await expect(page.locator("#error-reason")).toHaveText("Chưa đến ngày họp: nhập lý do nếu hội nghị đã thực sự diễn ra sớm hơn lịch.");
    await page.getByLabel("Lý do ghi nhận trước ngày họp").fill("Họp sớm theo chỉ đạo của UBND tỉnh");
    await page.getByRole("button", { name: "Đánh dấu đã diễn ra" }).click();
    await expect(page.getByText("Đã diễn ra").first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "Họp sớm theo chỉ đạo của UBND tỉnh" })).toBeVisible();

    // Once held, no one is invited or removed: no invite forms, no "Xóa", and the removal page says why.
    await page.goto(`${path}/invitations`);
    await expect(page.getByText(/^Hội nghị đã diễn ra: danh sách mời đã chốt/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Mời đơn vị" })).toHaveCount(0);
    const invitee = page.getByRole("row", { name: /Viettel Điện Biên/ });
    await expect(invitee.getByRole("link", { name: "Xóa" })).toHaveCount(0);
    const qr = await invitee.getByRole("link", { name: "Mã QR" }).getAttribute("href");
    await page.goto(`${qr?.replace(/\/qr$/, "")}/delete`);
    await expect(page.getByText(/^Danh sách mời đã chốt/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Xóa khỏi danh sách mời" })).toHaveCount(0);

    await page.goto(`${path}/attendance`);
    await expect(page.getByText(`Chưa đến ngày họp (${vietnamDate(14)}): chưa điểm danh được.`)).toBeVisible();
    await expect(page.getByRole("button", { name: /Viettel Điện Biên/ })).toHaveCount(0);
    await page.getByLabel("Lý do mở điểm danh").fill("Nhập lại danh sách ký tên trên giấy");
    await page.getByRole("button", { name: "Mở điểm danh ngoài ngày họp" }).click();
    await expect(page.getByText(/Điểm danh được mở ngoài ngày họp lúc .*Nhập lại danh sách ký tên trên giấy/)).toBeVisible();
    await page.getByRole("button", { name: /Viettel Điện Biên/ }).click();
    await expect(page.getByText(/Đã điểm danh lúc/)).toBeVisible();
  });
});
