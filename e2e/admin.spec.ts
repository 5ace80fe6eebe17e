import { expect, type Page, test } from "@playwright/test";
import { pageAs, signIn, uniqueName } from "./fixtures/auth";

const STRONG_PASSWORD = "Dien-Bien-2012!";

function uniqueUsername(prefix: string) {
  return uniqueName(prefix).replace(/\s/g, "").toLowerCase();
}

/** Creates a viewer through the admin screens and returns its page URL. */
async function createViewer(admin: Page, username: string) {
  await admin.goto("/admin/users/new");
  await admin.getByLabel("Tên đăng nhập").fill(username);
  await admin.getByLabel("Tên hiển thị").fill(`Cán bộ ${username}`);
  await admin.getByLabel("Vai trò").selectOption({ label: "Theo dõi" });
  await admin.getByLabel("Mật khẩu").fill(STRONG_PASSWORD);
  await admin.getByRole("button", { name: "Tạo người dùng" }).click();
  await expect(admin).toHaveURL(/\/admin\/users\/\d+$/);
  return admin.url();
}

test.describe("user administration", () => {
  test("a weak password is refused under the field in Vietnamese, input is kept, then the account is created and can sign in", async ({ page, browser }) => {
    await signIn(page, "admin");
    const username = uniqueUsername("moi");
    await page.goto("/admin/users/new");
    await page.getByLabel("Tên đăng nhập").fill(username);
    await page.getByLabel("Tên hiển thị").fill("Lò Thị Mới");
    await page.getByLabel("Vai trò").selectOption({ label: "Cán bộ đơn vị" });
    await page.getByLabel("Mật khẩu").fill("matkhau123");
    await page.getByRole("button", { name: "Tạo người dùng" }).click();

    await expect(page.getByRole("heading", { name: "Có lỗi cần sửa" })).toBeVisible();
    await expect(page).toHaveTitle(/^Lỗi: /);
    await expect(page.locator("#error-password")).toHaveText("Mật khẩu này quá phổ biến, hãy chọn mật khẩu khác.");
    await expect(page.locator("#error-agencyId")).toHaveText("Cán bộ đơn vị phải thuộc một cơ quan, đơn vị.");
    await expect(page.getByLabel("Tên hiển thị")).toHaveValue("Lò Thị Mới");
    await expect(page.getByLabel("Tên đăng nhập")).toHaveValue(username);

    await page.getByLabel("Cơ quan, đơn vị").selectOption({ label: "Phòng Công nghệ thông tin" });
    await page.getByLabel("Mật khẩu").fill(STRONG_PASSWORD);
    await page.getByRole("button", { name: "Tạo người dùng" }).click();
    await expect(page).toHaveURL(/\/admin\/users\/\d+$/);
    await expect(page.getByRole("heading", { name: "Lò Thị Mới" })).toBeVisible();

    const newcomer = await pageAs(browser, username, STRONG_PASSWORD);
    await expect(newcomer.getByTestId("current-user")).toContainText("Lò Thị Mới · Cán bộ đơn vị");
  });

  test("disabling an account ends its open session at once, and it cannot sign in again", async ({ page, browser }) => {
    await signIn(page, "admin");
    const username = uniqueUsername("khoa");
    const userUrl = await createViewer(page, username);
    const victim = await pageAs(browser, username, STRONG_PASSWORD);

    await page.goto(userUrl);
    await page.getByRole("button", { name: "Khóa tài khoản" }).click();
    await expect(page.getByText("Đã khóa tài khoản.")).toBeVisible();

    await victim.goto("/");
    await expect(victim).toHaveURL(/\/login/);
    await victim.getByLabel("Tên đăng nhập").fill(username);
    await victim.getByLabel("Mật khẩu").fill(STRONG_PASSWORD);
    await victim.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(victim.getByText("Tên đăng nhập hoặc mật khẩu không đúng.")).toBeVisible();
  });

  test("sign out everywhere ends every session of the account", async ({ page, browser }) => {
    await signIn(page, "admin");
    const username = uniqueUsername("dangxuat");
    const userUrl = await createViewer(page, username);
    const phone = await pageAs(browser, username, STRONG_PASSWORD);
    const desktop = await pageAs(browser, username, STRONG_PASSWORD);

    await page.goto(userUrl);
    await page.getByRole("button", { name: "Đăng xuất khỏi mọi thiết bị" }).click();
    await expect(page.getByText("Đã đăng xuất người dùng khỏi mọi thiết bị.")).toBeVisible();

    for (const session of [phone, desktop]) {
      await session.reload();
      await expect(session).toHaveURL(/\/login/);
    }
  });

  test("two administrators editing the same account: the second save is refused, not lost", async ({ page, browser }) => {
    await signIn(page, "admin");
    const username = uniqueUsername("tranh");
    const userUrl = await createViewer(page, username);
    const other = await pageAs(browser, "admin");

    await page.goto(userUrl);
    await other.goto(userUrl);
    await page.getByLabel("Tên hiển thị").fill("Tên do người thứ nhất sửa");
    await page.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(page.getByText("Đã lưu thay đổi.")).toBeVisible();

    await other.getByLabel("Tên hiển thị").fill("Tên do người thứ hai sửa");
    await other.getByRole("button", { name: "Lưu", exact: true }).click();
    await expect(other.getByText(/vừa được người khác thay đổi/)).toBeVisible();
    await expect(other.getByLabel("Tên hiển thị")).toHaveValue("Tên do người thứ hai sửa");

    await page.reload();
    await expect(page.getByRole("heading", { name: "Tên do người thứ nhất sửa" })).toBeVisible();
  });

  test("the audit log shows sign-ins and changes with who did them", async ({ page }) => {
    await signIn(page, "admin");
    const username = uniqueUsername("nhatky");
    await createViewer(page, username);
    await page.goto("/admin/audit?action=user.create&actor=admin");
    const row = page.getByRole("row").filter({ hasText: "Tạo người dùng" }).first();
    await expect(row).toContainText("admin");
    await row.getByText("Xem").click();
    await expect(row).toContainText(username);
    await expect(page.locator("body")).not.toContainText("argon2");
  });
});

test.describe("a unit officer and the administration", () => {
  test("gets 403 on every admin page by URL", async ({ page }) => {
    await signIn(page, "bcvt");
    for (const path of ["/admin/users", "/admin/users/new", "/admin/users/1", "/admin/audit"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole("heading", { name: "Không có quyền truy cập" })).toBeVisible();
    }
  });

  test("is refused when posting an admin server action directly, and nothing is written", async ({ page, browser }) => {
    // Record the real request an administrator's browser sends to create a user…
    await signIn(page, "admin");
    const adminUsername = uniqueUsername("goc");
    await page.goto("/admin/users/new");
    await page.getByLabel("Tên đăng nhập").fill(adminUsername);
    await page.getByLabel("Tên hiển thị").fill("Bản gốc");
    await page.getByLabel("Vai trò").selectOption({ label: "Quản trị" });
    await page.getByLabel("Mật khẩu").fill(STRONG_PASSWORD);
    const [actionRequest] = await Promise.all([
      page.waitForRequest((request) => request.method() === "POST" && Boolean(request.headers()["next-action"])),
      page.getByRole("button", { name: "Tạo người dùng" }).click(),
    ]);
    await expect(page).toHaveURL(/\/admin\/users\/\d+$/);

    // …and replay it from a unit officer's session, asking for an admin account of their own.
    const officer = await pageAs(browser, "bcvt");
    const stolenUsername = uniqueUsername("chiemquyen");
    const body = (actionRequest.postData() ?? "").replaceAll(adminUsername, stolenUsername);
    expect(body).toContain(stolenUsername);
    const response = await officer.request.post(actionRequest.url(), {
      headers: { "next-action": actionRequest.headers()["next-action"], "content-type": actionRequest.headers()["content-type"], accept: "text/x-component" },
      data: body,
    });
    const text = await response.text();
    expect(text).toContain("Bạn không có quyền thực hiện thao tác này.");

    await page.goto(`/admin/users?q=${stolenUsername}`);
    await expect(page.getByText("Không có kết quả phù hợp.")).toBeVisible();
    await expect(page.getByRole("link", { name: stolenUsername })).toHaveCount(0);
  });
});
