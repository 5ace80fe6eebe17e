import { expect, test } from "@playwright/test";
import JSZip from "jszip";
import { pageAs, signIn } from "./fixtures/auth";

test.describe("indicator reports and official documents", () => {
  test("an enterprise enters its figures, a bad number is refused under the cell, the secretariat approves and the year-on-year appears; another unit cannot open the report", async ({ page, browser }) => {
    test.setTimeout(120_000);
    // The secretariat opens the first quarter of 2013 for Viettel.
    const secretariat = await pageAs(browser, "vanphong");
    await secretariat.goto("/reports/new");
    await secretariat.getByLabel("Năm").fill("2013");
    await secretariat.getByLabel("Kỳ", { exact: true }).selectOption({ label: "Quý I" });
    await secretariat.getByRole("button", { name: "Tạo kỳ báo cáo" }).click();
    const openForm = secretariat.getByRole("region", { name: "Mở báo cáo cho đơn vị" });
    await openForm.getByLabel("Kỳ báo cáo").selectOption({ label: "Quý I/2013" });
    await openForm.getByLabel("Đơn vị báo cáo").selectOption({ label: "Viettel Điện Biên" });
    await openForm.getByRole("button", { name: "Mở báo cáo" }).click();

    // Viettel's officer finds the draft and types its figures the Vietnamese way.
    await signIn(page, "viettel");
    await page.goto("/reports");
    await page.getByRole("row", { name: /Quý I\/2013/ }).getByRole("link", { name: "Viettel Điện Biên" }).click();
    await page.waitForURL(/\/reports\/\d+$/);
    const reportPath = new URL(page.url()).pathname;
    await page.getByRole("textbox", { name: "Số liệu Thuê bao điện thoại", exact: true }).fill("26a.120");
    await page.getByRole("button", { name: "Lưu số liệu" }).click();
    await expect(page.getByText("Không phải là số.").first()).toBeVisible();
    await page.getByRole("textbox", { name: "Số liệu Thuê bao điện thoại", exact: true }).fill("265.120");
    await page.getByRole("textbox", { name: "Số liệu Doanh thu dịch vụ viễn thông", exact: true }).fill("21,35");
    await page.getByRole("button", { name: "Lưu số liệu" }).click();
    await expect(page.getByRole("cell", { name: "265.120" })).toBeVisible();
    await expect(page.getByRole("cell", { name: "21,35" })).toBeVisible();
    await page.getByRole("button", { name: "Gửi báo cáo" }).click();
    await expect(page.getByText("Đã gửi").first()).toBeVisible();

    // The secretariat approves; the year-on-year is computed against Viettel's Q1 2012.
    await secretariat.goto(reportPath);
    await secretariat.getByRole("button", { name: "Duyệt báo cáo" }).click();
    await expect(secretariat.getByText("Đã duyệt").first()).toBeVisible();
    await expect(secretariat.getByText(/bằng 108,17% cùng kỳ/)).toBeVisible();

    // Linking the report to a conference is a link that opens the form with its list of
    // conferences; the report's page does not carry that list otherwise.
    const linked = secretariat.getByRole("region", { name: "Hội nghị sử dụng báo cáo" });
    await expect(linked.getByLabel("Hội nghị")).toHaveCount(0);
    await linked.getByRole("link", { name: "Gắn với hội nghị" }).click();
    await secretariat.waitForURL(/\?action=link-conference/);
    const conferenceField = linked.getByLabel("Hội nghị");
    await expect(conferenceField).toBeVisible();
    const seedConference = /^Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm/;
    const choice = (await conferenceField.locator("option").allTextContents()).find((label) => seedConference.test(label));
    await conferenceField.selectOption({ label: choice! });
    await expect(conferenceField).toHaveValue(/^\d+$/);
    await linked.getByRole("button", { name: "Gắn với hội nghị" }).click();
    await expect(linked.getByRole("listitem").filter({ hasText: seedConference })).toBeVisible();
    // Unlinked again, so that the seed conference's page stays as the other tests expect it.
    await linked.getByRole("listitem").filter({ hasText: seedConference }).getByRole("button", { name: "Bỏ gắn" }).click();
    await expect(linked.getByText("Báo cáo chưa được gắn với hội nghị nào.")).toBeVisible();
    // The leader may open the report but not link it: no link to a form they cannot use.
    const leader = await pageAs(browser, "lanhdao");
    await leader.goto(reportPath);
    await expect(leader.getByRole("region", { name: "Hội nghị sử dụng báo cáo" }).getByRole("link", { name: "Gắn với hội nghị" })).toHaveCount(0);

    // Another unit's officer gets a 404 on the report and on its download.
    const outsider = await pageAs(browser, "phongvhtt");
    expect((await outsider.goto(reportPath))?.status()).toBe(404);
    expect((await outsider.request.get(`/api${reportPath}/xlsx`)).status()).toBe(404);
  });

  test("the secretariat issues the conclusion notice of the seed conference: it gets the next number and downloads as a Decree 30 document", async ({ page }) => {
    await signIn(page, "vanphong");
    await page.goto("/conferences");
    await page.getByRole("link", { name: /Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm/ }).first().click();
    await page.waitForURL(/\/conferences\/\d+$/);
    const documentsPath = `${new URL(page.url()).pathname}/documents`;
    await page.goto(documentsPath);
    await page.getByRole("link", { name: /Ban hành.*Thông báo kết luận/ }).click();
    await page.getByLabel("Ngày văn bản").fill("05/07/2012");
    await page.getByRole("button", { name: "Tiếp tục ban hành" }).click();
    // The number is taken only on the confirmation page, which says what it will be.
    await expect(page.getByRole("heading", { name: "Ban hành Thông báo kết luận?" })).toBeVisible();
    await expect(page.getByText(/Dự kiến 01\/TB-STTTT/)).toBeVisible();
    await page.getByRole("button", { name: "Cấp số và ban hành" }).click();
    // The change says what it did, announced to screen readers (role status).
    await expect(page.getByRole("status").filter({ hasText: /Đã ban hành văn bản số 01\/TB-STTTT/ })).toBeVisible();

    const download = page.getByRole("link", { name: "Tải văn bản đã ban hành" });
    const response = await page.request.get((await download.getAttribute("href")) ?? "");
    expect(response.status()).toBe(200);
    const xml = await (await JSZip.loadAsync(await response.body())).file("word/document.xml")!.async("string");
    expect(xml).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(xml).toContain("01/TB-STTTT");
    expect(xml).toContain("Điện Biên, ngày 05 tháng 7 năm 2012");

    await page.goto("/documents?year=2012");
    await expect(page.getByRole("cell", { name: "01/TB-STTTT", exact: true })).toBeVisible();

    // Issued once: the print view shows the notice in force instead of a second issue form,
    // and the confirmation page opened again (a retry, the back button) takes no number.
    const printPath = `${documentsPath}/conclusion-notice`;
    await page.goto(printPath);
    await expect(page.getByText(/Thông báo kết luận của hội nghị này đã ban hành: số 01\/TB-STTTT/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Tiếp tục ban hành" })).toHaveCount(0);
    await page.goto(`${printPath}/issue?date=05/07/2012&signerName=L%C3%B2+V%C4%83n+Th%E1%BA%AFng&signerTitle=Gi%C3%A1m+%C4%91%E1%BB%91c+S%E1%BB%9F`);
    await expect(page.getByText(/đã ban hành: số 01\/TB-STTTT/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Cấp số và ban hành" })).toHaveCount(0);

    // Withdrawn (on its confirmation page, with a reason), it may be issued again on purpose: a new number.
    await page.goto("/documents?year=2012");
    await page.getByRole("link", { name: "Thu hồi văn bản 01/TB-STTTT" }).click();
    await page.getByRole("button", { name: "Thu hồi văn bản" }).click();
    await expect(page.locator("#error-reason")).not.toBeEmpty();
    await page.getByLabel("Lý do thu hồi").fill("Sai tên đơn vị phối hợp");
    await page.getByRole("button", { name: "Thu hồi văn bản" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã thu hồi văn bản." })).toBeVisible();
    await expect(page.getByText(/Sai tên đơn vị phối hợp/)).toBeVisible();
    await page.goto(printPath);
    await expect(page.getByText(/Thông báo kết luận số 01\/TB-STTTT đã thu hồi/)).toBeVisible();
    await page.getByLabel("Ngày văn bản").fill("06/07/2012");
    await page.getByRole("button", { name: "Tiếp tục ban hành" }).click();
    await expect(page.getByRole("heading", { name: "Ban hành lại Thông báo kết luận?" })).toBeVisible();
    await expect(page.getByText(/Dự kiến 02\/TB-STTTT/)).toBeVisible();
    await page.getByRole("button", { name: "Cấp số và ban hành" }).click();
    await expect(page.getByText(/Đã ban hành văn bản số 02\/TB-STTTT/)).toBeVisible();
  });
});
