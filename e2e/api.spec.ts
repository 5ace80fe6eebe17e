import { expect, type Page, test } from "@playwright/test";
import createClient from "openapi-fetch";
import type { paths } from "./api/schema";
import { pageAs, signIn, uniqueName } from "./fixtures/auth";
import { baseURL } from "../playwright.config";

/*
 * The API as another system uses it: a person creates a token on /account/tokens, and a
 * client generated from /api/v1/openapi.json (openapi-typescript types + openapi-fetch)
 * lists tasks, reports progress, and submits a report value against the running server.
 */

async function createToken(page: Page, scopeLabel: string): Promise<string> {
  await page.goto("/account/tokens");
  await page.getByLabel("Tên gợi nhớ").fill(uniqueName("Hệ thống quản lý văn bản"));
  await page.getByLabel(scopeLabel).check();
  await page.getByRole("button", { name: "Tạo mã truy cập" }).click();
  const token = await page.getByLabel("Mã truy cập", { exact: true }).inputValue();
  expect(token).toMatch(/^nsk_/);
  return token;
}

const client = (token: string) => createClient<paths>({ baseUrl: `${baseURL}/api/v1`, headers: { authorization: `Bearer ${token}` } });

test.describe("the public API", () => {
  test("a unit's system lists its tasks and reports progress with a generated client; another unit's task is hidden; the token is revoked", async ({ page }) => {
    test.setTimeout(180_000);
    await signIn(page, "bcvt");
    const token = await createToken(page, "Báo cáo tiến độ, hoàn thành nhiệm vụ");
    await expect(page.getByRole("cell", { name: "Chưa dùng" }).first()).toBeVisible();
    const api = client(token);

    const listed = await api.GET("/tasks", { params: { query: { limit: 200 } } });
    expect(listed.response.status).toBe(200);
    const tasks = listed.data?.items ?? [];
    expect(tasks.length).toBeGreaterThan(0);
    const own = tasks.find((task) => task.leadAgency.name === "Phòng Bưu chính, Viễn thông" && task.completedOn === null);
    expect(own, "an open task led by the unit").toBeDefined();
    expect(tasks.every((task) => task.leadAgency.name === "Phòng Bưu chính, Viễn thông" || task.coordinatingAgencies.some((a) => a.name === "Phòng Bưu chính, Viễn thông"))).toBe(true);

    const text = uniqueName("Đã kiểm tra các điểm cung cấp dịch vụ bưu chính");
    const saved = await api.POST("/tasks/{id}/progress", { params: { path: { id: own!.id } }, body: { text, percent: 60 } });
    expect(saved.response.status).toBe(201);
    const detail = await api.GET("/tasks/{id}", { params: { path: { id: own!.id } } });
    expect(detail.data?.history.some((event) => event.text === text && event.percent === 60)).toBe(true);

    // The page shows the same report, and the token's last use.
    await page.goto(`/tasks/${own!.id}`);
    await expect(page.getByText(text)).toBeVisible();
    await page.goto("/account/tokens");
    await expect(page.getByRole("cell", { name: "Chưa dùng" })).toHaveCount(0);

    // Revoked: refused at once, in Vietnamese problem+json.
    await page.getByText("Thu hồi", { exact: true }).first().click();
    await page.getByRole("button", { name: "Thu hồi" }).first().click();
    // The revoked token's row leaves the list (and its message with it).
    await expect(page.getByText("Chưa có mã truy cập nào.")).toBeVisible();
    const refused = await api.GET("/tasks");
    expect(refused.response.status).toBe(401);
    expect(refused.response.headers.get("content-type")).toContain("application/problem+json");
    expect(refused.error).toMatchObject({ status: 401, title: "Chưa xác thực" });
  });

  test("an enterprise's system submits a report value with a generated client; a bad value is refused and nothing is saved", async ({ page, browser }) => {
    test.setTimeout(240_000);
    const secretariat = await pageAs(browser, "vanphong");
    await secretariat.goto("/reports/new");
    await secretariat.getByLabel("Năm").fill("2015");
    await secretariat.getByLabel("Kỳ", { exact: true }).selectOption({ label: "Quý III" });
    await secretariat.getByRole("button", { name: "Tạo kỳ báo cáo" }).click();
    const openForm = secretariat.getByRole("region", { name: "Mở báo cáo cho đơn vị" });
    await openForm.getByLabel("Kỳ báo cáo").selectOption({ label: "Quý III/2015" });
    await openForm.getByLabel("Đơn vị báo cáo").selectOption({ label: "Viettel Điện Biên" });
    await openForm.getByRole("button", { name: "Mở báo cáo" }).click();

    await signIn(page, "viettel");
    const api = client(await createToken(page, "Nhập số liệu báo cáo chỉ tiêu"));
    const reports = await api.GET("/reports", { params: { query: { period: "2015-Q3" } } });
    const draft = reports.data?.items.find((report) => report.status === "draft");
    expect(draft).toBeDefined();
    const detail = await api.GET("/reports/{id}", { params: { path: { id: draft!.id } } });
    const subscribers = detail.data?.values.find((row) => row.indicator.name === "Thuê bao điện thoại");
    expect(subscribers).toBeDefined();

    const bad = await api.POST("/reports/{id}/values", {
      params: { path: { id: draft!.id } },
      body: { values: [{ indicatorId: subscribers!.indicator.id, value: -1 }] },
      headers: { "accept-language": "en" },
    });
    expect(bad.response.status).toBe(422);
    expect(bad.error).toMatchObject({ errors: [{ field: "values.0.value" }] });

    const saved = await api.POST("/reports/{id}/values", { params: { path: { id: draft!.id } }, body: { values: [{ indicatorId: subscribers!.indicator.id, value: "265120", status: "estimated" }] } });
    expect(saved.response.status).toBe(200);
    expect(saved.data).toEqual({ created: 1, revised: 0, unchanged: 0 });
    await page.goto(`/reports/${draft!.id}`);
    await expect(page.getByRole("cell", { name: "265.120" })).toBeVisible();
  });

  test("the description and its reference are served, and an unknown token is refused without data", async ({ request }) => {
    const spec = await request.get("/api/v1/openapi.json");
    expect(spec.status()).toBe(200);
    expect((await spec.json()).openapi).toBe("3.1.0");
    const docs = await request.get("/api/v1/docs");
    expect(await docs.text()).toContain("/api/v1/tasks");
    const refused = await request.get("/api/v1/tasks", { headers: { authorization: `Bearer nsk_${"x".repeat(43)}` } });
    expect(refused.status()).toBe(401);
  });
});
