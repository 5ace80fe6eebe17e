import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn, uniqueName } from "./fixtures/auth";
import { createConference } from "./fixtures/conferences";

/*
 * What issue 17 found by trying to break the running app, checked against the built server.
 * The e2e server trusts 127.0.0.1 as a proxy (e2e/start-server.mjs), so these requests
 * can say which client address they come from, as a load balancer would.
 */

const MB = 1024 * 1024;

async function attach(page: Page, megabytes: number) {
  const name = `bien-ban-${String(megabytes).replace(".", "-")}mb-${Date.now().toString(36)}.txt`;
  await page.getByLabel("Chọn tệp đính kèm").setInputFiles({ name, mimeType: "text/plain", buffer: Buffer.alloc(Math.round(megabytes * MB), "a") });
  return name;
}

test.describe("attached files up to 20 MB", () => {
  test("9,9 / 10,1 / 19,9 MB attach; 20,1 MB is refused under the field", async ({ page }) => {
    test.setTimeout(300_000);
    await signIn(page, "vanphong");
    const conference = await createConference(page, uniqueName("Hội nghị tệp lớn"), "Tổng kết năm", "20/12/2012", "08:00", "11:00");
    await page.goto(conference);
    for (const size of [9.9, 10.1, 19.9]) {
      const name = await attach(page, size);
      await page.getByRole("button", { name: "Tải lên", exact: true }).click();
      await expect(page.getByRole("link", { name })).toBeVisible({ timeout: 90_000 });
    }
    await attach(page, 20.1);
    await expect(page.getByText("Tệp quá lớn (tối đa 20 MB). Hãy chọn tệp nhỏ hơn.")).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the server refuses 20,1 MB with the same field error, not a 500", async ({ page }) => {
      test.setTimeout(180_000);
      // The sign-in form needs JavaScript: sign in through next-auth's endpoint (same cookies as the page).
      const csrf = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
      await page.request.post("/api/auth/callback/credentials", { form: { csrfToken: csrf.csrfToken, username: "vanphong", password: DEMO_PASSWORD, json: "true" } });
      await page.goto("/conferences");
      await page.locator("main table a[href^='/conferences/']").first().click();
      await attach(page, 20.1);
      await page.getByRole("button", { name: "Tải lên", exact: true }).click();
      await expect(page.getByText("Tệp quá lớn (tối đa 20 MB). Hãy chọn tệp nhỏ hơn.").first()).toBeVisible({ timeout: 90_000 });
    });
  });
});

test.describe("sign-in addresses", () => {
  async function attempt(request: import("@playwright/test").APIRequestContext, username: string, password: string, forwardedFor: string) {
    const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    return request.post("/api/auth/callback/credentials", {
      form: { csrfToken: csrf.csrfToken, username, password, json: "true" },
      headers: { "X-Forwarded-For": forwardedFor },
      maxRedirects: 0,
    });
  }

  test("ten wrong passwords from one address lock that address out, not the account's owner elsewhere; a client cannot pick its address", async ({ playwright }) => {
    const guesser = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    for (let i = 0; i < 10; i++) await attempt(guesser, "theodoi", `sai-${i}`, "198.51.100.7");
    expect((await attempt(guesser, "theodoi", DEMO_PASSWORD, "198.51.100.7")).status()).toBe(429);
    // Claiming another address in front of the proxy's hop changes nothing.
    expect((await attempt(guesser, "theodoi", DEMO_PASSWORD, "203.0.113.50, 198.51.100.7")).status()).toBe(429);
    await guesser.dispose();

    const owner = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const signedIn = await attempt(owner, "theodoi", DEMO_PASSWORD, "198.51.100.8");
    expect(signedIn.status()).toBe(200);
    expect((await owner.storageState()).cookies.some((cookie) => cookie.name.endsWith("next-auth.session-token"))).toBe(true);
    await owner.dispose();
  });
});

test.describe("client errors are 4xx", () => {
  test("a server action posted from another site is refused with 403", async ({ request }) => {
    const response = await request.post("/conferences", {
      headers: { Origin: "https://ke-gian.example", "Next-Action": "0".repeat(42), "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
  });

  test("a POST of empty JSON to /api/auth/session is a client error", async ({ request }) => {
    const response = await request.post("/api/auth/session", { headers: { "Content-Type": "application/json" }, data: "" });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.status()).toBeLessThan(500);
  });
});

test.describe("operations", () => {
  test("/api/health says the app and its database answer, and nothing more", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
    expect(response.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  });

  /** Starts a second production server with its own environment and waits for it to exit. */
  function startServer(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
    // The embedded database whatever this run uses: the data-folder lock is what is tested.
    const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", AUTH_SECRET: "e2e-secret-only-for-tests", ...env };
    delete childEnv.DATABASE_URL;
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", "0", "-H", "127.0.0.1"], { env: childEnv });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.on("exit", (code) => resolve({ code, output }));
    });
  }

  test("a second server on a data folder in use stops at start with the lock message and a non-zero code", async () => {
    test.setTimeout(180_000);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nghisu-e2e-locked-"));
    // This test process holds the folder, as a running server would.
    fs.writeFileSync(path.join(dataDir, "pglite.lock"), JSON.stringify({ pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString(), command: "next start" }));
    try {
      const { code, output } = await startServer({ NGHISU_DATA_DIR: dataDir });
      expect(code).not.toBe(0);
      expect(output).toContain("đang được tiến trình khác sử dụng");
      expect(output).toContain(`PID ${process.pid}`);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test("a server with a bad variable stops at start naming it", async () => {
    test.setTimeout(180_000);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "nghisu-e2e-env-"));
    try {
      const { code, output } = await startServer({ NGHISU_DATA_DIR: dataDir, TRUSTED_PROXIES: "proxy.internal" });
      expect(code).not.toBe(0);
      expect(output).toContain("Cấu hình không hợp lệ");
      expect(output).toContain("TRUSTED_PROXIES");
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
