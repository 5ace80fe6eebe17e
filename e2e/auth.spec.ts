import { expect, test } from "@playwright/test";
import { signIn, uniqueName } from "./fixtures/auth";

const navigationByRole: Record<string, { sees: string[]; doesNotSee: string[] }> = {
  admin: { sees: ["Cơ quan, đơn vị", "Cá nhân", "Người dùng", "Nhật ký hệ thống"], doesNotSee: [] },
  vanphong: { sees: ["Cơ quan, đơn vị", "Cá nhân"], doesNotSee: ["Người dùng", "Nhật ký hệ thống"] },
  lanhdao: { sees: ["Cơ quan, đơn vị", "Cá nhân"], doesNotSee: ["Người dùng", "Nhật ký hệ thống"] },
  bcvt: { sees: ["Cơ quan, đơn vị"], doesNotSee: ["Người dùng", "Nhật ký hệ thống"] },
  phongvhtt: { sees: ["Cơ quan, đơn vị"], doesNotSee: ["Người dùng", "Nhật ký hệ thống"] },
  theodoi: { sees: ["Cơ quan, đơn vị"], doesNotSee: ["Người dùng", "Nhật ký hệ thống"] },
};

test.describe("sign-in by role", () => {
  for (const [username, nav] of Object.entries(navigationByRole)) {
    test(`${username} signs in and sees only their navigation`, async ({ page }) => {
      await signIn(page, username);
      const menu = page.getByRole("navigation", { name: "Danh mục" });
      for (const item of nav.sees) await expect(menu.getByRole("link", { name: item }).first()).toBeVisible();
      for (const item of nav.doesNotSee) await expect(menu.getByRole("link", { name: item })).toHaveCount(0);
    });
  }

  test("an anonymous visitor is sent to sign-in and comes back after", async ({ page }) => {
    await page.goto("/directory/agencies");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdirectory%2Fagencies/);
    await page.getByLabel("Tên đăng nhập").fill("theodoi");
    await page.getByLabel("Mật khẩu").fill("nghisu-demo");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page).toHaveURL(/\/directory\/agencies$/);
  });

  test("a wrong password is refused in Vietnamese", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Tên đăng nhập").fill("theodoi");
    await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByText("Tên đăng nhập hoặc mật khẩu không đúng.")).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
  });

  test("ten wrong passwords block the eleventh attempt, with the wait shown and HTTP 429 for API clients", async ({ page, request }) => {
    const username = uniqueName("khoa").replace(/\s/g, "-").toLowerCase();
    await page.goto("/login");
    for (let attempt = 1; attempt <= 10; attempt++) {
      await page.getByLabel("Tên đăng nhập").fill(username);
      await page.getByLabel("Mật khẩu").fill(`sai-${attempt}`);
      await page.getByRole("button", { name: "Đăng nhập" }).click();
      await expect(page.getByText("Tên đăng nhập hoặc mật khẩu không đúng.")).toBeVisible();
    }
    await page.getByLabel("Mật khẩu").fill("sai-11");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await expect(page.getByText(/Đăng nhập sai quá nhiều lần\. Vui lòng thử lại sau 1[45] phút\./)).toBeVisible();

    const csrf = await (await request.get("/api/auth/csrf")).json();
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, username, password: "whatever", json: "true" },
    });
    expect(response.status()).toBe(429);
    expect(Number(response.headers()["retry-after"])).toBeGreaterThan(800);
  });

  test("signing out ends the session on the server: a copy of its cookie stops working too", async ({ page, browser }) => {
    await signIn(page, "theodoi");
    const copied = (await page.context().cookies()).filter((cookie) => cookie.name.includes("session-token"));
    expect(copied).not.toHaveLength(0);
    await page.getByRole("button", { name: "Đăng xuất" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/login/);

    const elsewhere = await browser.newContext();
    await elsewhere.addCookies(copied);
    const thief = await elsewhere.newPage();
    await thief.goto("/conferences");
    await expect(thief).toHaveURL(/\/login/);
    await elsewhere.close();
  });
});

test.describe("language and headers", () => {
  test("the language switch turns the interface to English and back", async ({ page }) => {
    await signIn(page, "vanphong");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await expect(page.getByRole("button", { name: "Đăng xuất" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  });

  test("every page carries the security headers and a nonce-based CSP", async ({ request }) => {
    const response = await request.get("/login?callbackUrl=%2Ftasks");
    const headers = response.headers();
    const csp = headers["content-security-policy"];
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  });

  test("the plain sign-in page is prerendered, its inline scripts allowed by hash, and it works", async ({ page }) => {
    const refused: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    const response = await page.goto("/login");
    const headers = response!.headers();
    // Served from the build's prerendered file (the rewrite to /login/demo repeats the header).
    expect(new Set(headers["x-nextjs-prerender"]?.split(/[\s,]+/))).toEqual(new Set(["1"]));
    const csp = headers["content-security-policy"];
    expect(csp).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(csp).not.toMatch(/script-src[^;]*('unsafe-inline'|'nonce-)/);
    // The demo installation's variant (e2e runs with the demo data) still shows the hint.
    await expect(page.getByText("nghisu-demo")).toBeVisible();
    await page.getByLabel("Tên đăng nhập").fill("vanphong");
    await page.getByLabel("Mật khẩu").fill("sai-mat-khau");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    // Only the hydrated form answers without leaving the page: the scripts ran.
    await expect(page.getByText("Tên đăng nhập hoặc mật khẩu không đúng")).toBeVisible();
    expect(refused).toEqual([]);
  });

  test("the sign-in page switches language and back, and a return path stays", async ({ page }) => {
    await page.goto("/login?callbackUrl=%2Ftasks");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(page).toHaveURL(/callbackUrl=%2Ftasks/);
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible();
  });

  test("an unknown page shows the Vietnamese not-found page", async ({ page }) => {
    await signIn(page, "theodoi");
    const response = await page.goto("/khong-ton-tai");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  });
});
