import { chromium } from "@playwright/test";
import { median } from "./load";
import { cpuSeconds } from "./proc";

/*
 * A page as a browser views it: the HTML, then whatever the page asks the server for once
 * loaded (prefetches, RSC requests, images; build files excluded, a browser caches those).
 * The load runs fetch the HTML alone and never saw the 40–60 prefetch requests each list
 * page used to send, which cost the server ten times the page itself.
 */

export interface PageViewResult {
  key: string;
  role: string;
  url: string;
  /** Server requests per view, the page's own HTML included. */
  requests: number;
  /**
   * Server CPU per view (all of its requests), the median of the repeated views: one view's
   * window once took in 2 s of other work in the server (474 ms "per view" as a mean of five).
   */
  cpuMs: number;
}

export async function measurePageViews(options: {
  origin: string;
  serverPid: number;
  password: string;
  views: { key: string; role: string; url: string }[];
  repeat: number;
}): Promise<PageViewResult[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const results: PageViewResult[] = [];
  try {
    for (const role of [...new Set(options.views.map((v) => v.role))]) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${options.origin}/login?callbackUrl=%2F`);
      await page.locator("#username").fill(role);
      await page.locator("#password").fill(options.password);
      await page.locator("form:has(#username) button[type=submit]").click();
      await page.waitForURL((url) => !url.pathname.startsWith("/login"), { timeout: 60_000 });
      let requests = 0;
      page.on("request", (request) => {
        if (!request.url().includes("/_next/static/")) requests++;
      });
      const settle = async (url: string) => {
        await page.goto(`${options.origin}${url}`);
        await page.waitForLoadState("networkidle");
        // Prefetches start after hydration, when links come into view.
        await page.waitForTimeout(1_000);
        await page.waitForLoadState("networkidle");
      };
      for (const view of options.views.filter((v) => v.role === role)) {
        await settle(view.url);
        requests = 0;
        const cpuPerView: number[] = [];
        for (let i = 0; i < options.repeat; i++) {
          const before = cpuSeconds(options.serverPid);
          await settle(view.url);
          cpuPerView.push((cpuSeconds(options.serverPid) - before) * 1000);
        }
        results.push({ ...view, requests: requests / options.repeat, cpuMs: median(cpuPerView) });
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
