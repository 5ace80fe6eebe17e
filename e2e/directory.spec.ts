import { expect, test } from "@playwright/test";
import { pageAs, signIn, uniqueName } from "./fixtures/auth";

test.describe("directory", () => {
  test("an administrator adds an agency: errors in Vietnamese under the fields first, then it appears in the tree under its parent", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/directory/agencies/new");
    await page.getByLabel("Ký hiệu").fill("có dấu");
    await page.getByLabel(/^Hoạt động từ ngày/).fill("01/07/2025");
    await page.getByLabel(/^Hoạt động đến ngày/).fill("30/06/2025");
    await page.getByRole("button", { name: "Thêm cơ quan, đơn vị" }).click();

    await expect(page).toHaveTitle(/^Lỗi: /);
    await expect(page.locator("#error-name")).toHaveText("Vui lòng nhập thông tin này.");
    await expect(page.locator("#error-code")).toContainText("Ký hiệu gồm chữ in hoa không dấu");
    await expect(page.locator("#error-validTo")).toHaveText("Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.");
    await expect(page.getByLabel(/^Hoạt động đến ngày/)).toHaveValue("30/06/2025");

    const name = uniqueName("Phòng Chuyển đổi số");
    await page.getByLabel("Tên cơ quan, đơn vị").fill(name);
    await page.getByLabel("Ký hiệu").fill("");
    await page.getByLabel(/^Hoạt động đến ngày/).fill("");
    await page.getByLabel("Loại cơ quan").selectOption({ label: "Phòng, đơn vị thuộc Sở" });
    await page.getByLabel("Cơ quan cấp trên").selectOption({ label: "Sở Thông tin và Truyền thông tỉnh Điện Biên" });
    await page.getByRole("button", { name: "Thêm cơ quan, đơn vị" }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    await expect(page.getByRole("link", { name: "Sở Thông tin và Truyền thông tỉnh Điện Biên" })).toBeVisible();

    await page.goto(`/directory/agencies?q=${encodeURIComponent(name.toLowerCase())}`);
    await expect(page.getByRole("link", { name })).toBeVisible();
  });

  test("an agency merged into a successor from a date keeps its name and shows the successor", async ({ page }) => {
    await signIn(page, "admin");
    const name = uniqueName("Phòng Văn hóa cũ");
    await page.goto("/directory/agencies/new");
    await page.getByLabel("Tên cơ quan, đơn vị").fill(name);
    await page.getByLabel("Loại cơ quan").selectOption({ label: "Phòng VH-TT cấp huyện" });
    await page.getByRole("button", { name: "Thêm cơ quan, đơn vị" }).click();
    await expect(page.getByRole("heading", { name })).toBeVisible();

    await page.getByLabel("Cơ quan tiếp nhận").selectOption({ label: "Sở Thông tin và Truyền thông tỉnh Điện Biên" });
    await page.getByLabel("Ngày sáp nhập").fill("01/03/2025");
    await page.getByRole("button", { name: "Xác nhận sáp nhập" }).click();
    await expect(page.getByText("Sáp nhập vào Sở Thông tin và Truyền thông tỉnh Điện Biên từ 01/03/2025")).toBeVisible();

    // Hidden from the tree by default, back with "show inactive".
    await page.goto(`/directory/agencies?q=${encodeURIComponent(name)}`);
    await expect(page.getByRole("link", { name })).toHaveCount(0);
    await page.goto(`/directory/agencies?q=${encodeURIComponent(name)}&inactive=1`);
    await expect(page.getByRole("link", { name })).toBeVisible();
  });

  test("the secretariat adds a guest; a viewer and a unit officer see the directory without any edit control", async ({ page, browser }) => {
    await signIn(page, "vanphong");
    const fullName = uniqueName("Khách mời");
    await page.goto("/directory/people/new");
    await page.getByLabel("Họ và tên").fill(fullName);
    await page.getByLabel(/^Thư điện tử/).fill("khong-phai-email");
    await page.getByRole("button", { name: "Thêm cá nhân" }).click();
    await expect(page.locator("#error-email")).toContainText("Địa chỉ thư điện tử không hợp lệ");
    await page.getByLabel(/^Thư điện tử/).fill("khachmoi@dienbien.gov.vn");
    await page.getByLabel(/^Chức vụ/).fill("Phó Chủ tịch UBND huyện");
    await page.getByRole("button", { name: "Thêm cá nhân" }).click();
    await expect(page.getByRole("heading", { name: fullName })).toBeVisible();
    const personUrl = page.url();

    for (const username of ["theodoi", "bcvt"]) {
      const other = await pageAs(browser, username);
      await other.goto("/directory/agencies");
      await expect(other.getByRole("link", { name: "Ủy ban nhân dân tỉnh Điện Biên" })).toBeVisible();
      await expect(other.getByRole("link", { name: "Thêm cơ quan, đơn vị" })).toHaveCount(0);
      await other.goto(personUrl);
      await expect(other.getByRole("heading", { name: fullName })).toBeVisible();
      await expect(other.getByRole("button", { name: "Lưu" })).toHaveCount(0);
      const response = await other.goto("/directory/agencies/new");
      expect(response?.status()).toBe(403);
    }
  });
});
