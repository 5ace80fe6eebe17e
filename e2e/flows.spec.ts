import { expect, test } from "@playwright/test";
import { pageAs, uniqueName } from "./fixtures/auth";

const SEED_TITLE = "Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2012";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n", "latin1");

test.describe("daily flows (issue 18)", () => {
  test("a unit officer is never linked to a conference page they cannot open, and sends a progress report with its evidence file", async ({ browser }) => {
    test.setTimeout(180_000);
    const unit = await pageAs(browser, "bcvt");
    await unit.goto("/directives");
    // The seed conference (the division is not invited, not published to all) is named, not linked.
    await expect(unit.getByRole("cell", { name: new RegExp(SEED_TITLE.slice(0, 40)) }).first()).toBeVisible();
    await expect(unit.getByRole("link", { name: new RegExp(SEED_TITLE.slice(0, 40)) })).toHaveCount(0);

    // A seed task the division leads and has not finished (it has the progress form).
    await unit.goto("/tasks");
    const taskLinks = await unit.getByRole("table").getByRole("link").evaluateAll((links) => links.map((link) => link.getAttribute("href")).filter((href) => href && /^\/tasks\/\d+$/.test(href)));
    const progress = unit.getByRole("region", { name: "Báo cáo tiến độ" });
    for (const href of taskLinks) {
      await unit.goto(href as string);
      if ((await progress.count()) > 0) break;
    }
    await expect(unit.getByRole("definition").filter({ hasText: new RegExp(SEED_TITLE.slice(0, 40)) })).toBeVisible();
    await expect(unit.getByRole("link", { name: new RegExp(SEED_TITLE.slice(0, 40)) })).toHaveCount(0);

    const text = uniqueName("Đã tập huấn Thông tư 04/2012/TT-BTTTT");
    await progress.getByLabel("Nội dung thực hiện").fill(text);
    await progress.getByLabel(/^Tệp minh chứng/).setInputFiles({ name: "bien-ban-tap-huan.pdf", mimeType: "application/pdf", buffer: PDF });
    await progress.getByRole("button", { name: "Gửi báo cáo tiến độ" }).click();
    await expect(progress.getByRole("status")).toHaveText("Đã gửi báo cáo tiến độ.");
    await expect(unit.getByRole("link", { name: "bien-ban-tap-huan.pdf" }).first()).toBeVisible();
  });

  test("the secretariat opens any week in one step and creates the next period with the period words carried over", async ({ browser }) => {
    test.setTimeout(300_000);
    const office = await pageAs(browser, "vanphong");
    await office.goto("/schedule");
    await office.getByLabel("Xem tuần có ngày").fill("2012-07-04");
    await office.getByRole("button", { name: "Xem", exact: true }).click();
    await expect(office).toHaveURL(/week=2012-07-04/);
    await office.getByRole("link", { name: SEED_TITLE }).first().click();
    await office.getByRole("link", { name: "Tạo kỳ tiếp theo" }).click();

    const title = office.getByLabel("Tên hội nghị");
    await expect(title).toHaveValue("Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng cuối năm 2012 và triển khai nhiệm vụ 6 tháng đầu năm 2013");
    await office.getByLabel("Kỳ đánh giá").selectOption({ label: "Năm 2012" });
    await office.getByLabel("Kỳ triển khai").selectOption({ label: "Năm 2013" });
    await expect(title).toHaveValue("Hội nghị sơ kết tình hình thực hiện nhiệm vụ năm 2012 và triển khai nhiệm vụ năm 2013");

    // The error summary names what is missing.
    await office.getByRole("button", { name: "Tạo kỳ tiếp theo" }).click();
    await expect(office.getByRole("group", { name: "Có lỗi cần sửa" })).toContainText("Nhập ngày họp");
    // A message that does not name its field gets the field's label in front, in the summary.
    await office.getByLabel("Ngày họp").fill("31/13/2012");
    await office.getByRole("button", { name: "Tạo kỳ tiếp theo" }).click();
    await expect(office.getByRole("group", { name: "Có lỗi cần sửa" }).getByRole("link", { name: /^Ngày họp: Ngày không hợp lệ/ })).toBeVisible();
    await office.getByLabel("Ngày họp").fill("28/12/2012");
    await office.getByLabel("Giờ bắt đầu", { exact: true }).fill("08:00");
    await office.getByLabel("Giờ kết thúc", { exact: true }).fill("11:00");
    await office.getByRole("button", { name: "Tạo kỳ tiếp theo" }).click();
    await expect(office.getByRole("status").filter({ hasText: "Đã thêm hội nghị." })).toBeVisible();
    await expect(office).not.toHaveURL(/notice=/);
    const conferencePath = new URL(office.url()).pathname;

    await office.goto(`${conferencePath}/agenda`);
    await expect(office.getByRole("heading", { name: "Báo cáo kết quả thực hiện nhiệm vụ năm 2012 và phương hướng, nhiệm vụ năm 2013" })).toBeVisible();

    // Sixty bridge points from a pasted list: a bad line is shown first, nothing saved until it is right.
    await office.goto(`${conferencePath}?action=add-bridge`);
    const lines = Array.from({ length: 60 }, (_, i) => `Điểm cầu số ${i + 1}${i === 0 ? " — Viettel Điện Biên" : ""}`);
    await office.getByLabel("Danh sách điểm cầu").fill([...lines, "Điểm cầu lạ — Đơn vị không có"].join("\n"));
    await office.getByRole("button", { name: "Xem trước" }).click();
    await expect(office.getByText("1 trong 61 dòng có lỗi")).toBeVisible();
    await expect(office.getByRole("cell", { name: 'Không tìm thấy đơn vị "Đơn vị không có" trong Danh bạ' })).toBeVisible();
    await expect(office.getByRole("button", { name: "Lưu tất cả điểm cầu" })).toHaveCount(0);
    await office.getByLabel("Danh sách điểm cầu").fill(lines.join("\n"));
    await office.getByRole("button", { name: "Xem trước" }).click();
    await expect(office.getByText("60 điểm cầu hợp lệ, sẵn sàng lưu.")).toBeVisible();
    await office.getByRole("button", { name: "Lưu tất cả điểm cầu" }).click();
    await expect(office.getByRole("status").filter({ hasText: "Đã thêm các điểm cầu trong danh sách." })).toBeVisible();
    await expect(office.getByRole("heading", { name: "Điểm cầu (60)" })).toBeVisible();
    await expect(office.getByRole("cell", { name: "Viettel Điện Biên" })).toBeVisible();

    // Reorder and edit.
    await office.getByRole("group", { name: "Thứ tự của Điểm cầu số 1", exact: true }).getByRole("button", { name: "↓ Xuống" }).click();
    await expect(office.getByRole("status").filter({ hasText: "Đã đổi thứ tự điểm cầu." })).toBeVisible();
    await expect(office.getByRole("table", { name: "Điểm cầu" }).getByRole("row").nth(1)).toContainText("Điểm cầu số 2");
    await office.getByRole("link", { name: "Sửa Điểm cầu số 2", exact: true }).click();
    await office.getByLabel("Tên điểm cầu").fill("Điểm cầu Hội trường tỉnh");
    await office.getByRole("button", { name: "Lưu điểm cầu" }).click();
    await expect(office.getByRole("status").filter({ hasText: "Đã lưu điểm cầu." })).toBeVisible();
    await expect(office.getByRole("table", { name: "Điểm cầu" }).getByRole("row").nth(1)).toContainText("Điểm cầu Hội trường tỉnh");
  });
});
