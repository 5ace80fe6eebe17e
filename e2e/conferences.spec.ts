import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { pageAs, signIn, uniqueName } from "./fixtures/auth";
import { createConference, inviteAgency, vietnamDate } from "./fixtures/conferences";

test.describe("conferences", () => {
  test("the secretariat schedules a conference: a bad time is refused in Vietnamese, then it is created, scheduled and the district offices invited", async ({ page }) => {
    await signIn(page, "vanphong");
    await page.goto("/conferences/new");
    const title = uniqueName("Hội nghị chuyên đề chuyển đổi số");
    await page.getByLabel("Tên hội nghị").fill(title);
    await page.getByLabel("Loại hội nghị").selectOption({ label: "Chuyên đề" });
    await page.getByLabel("Ngày họp").fill("15/07/2012");
    await page.getByLabel("Giờ bắt đầu", { exact: true }).fill("14:00");
    await page.getByLabel("Giờ kết thúc", { exact: true }).fill("13:30");
    await page.getByLabel("Đơn vị chủ trì").selectOption({ label: "Sở Thông tin và Truyền thông tỉnh Điện Biên" });
    await page.getByRole("button", { name: "Thêm hội nghị" }).click();
    await expect(page).toHaveTitle(/^Lỗi: /);
    await expect(page.locator("#error-endTime")).not.toBeEmpty();
    await expect(page.getByLabel("Tên hội nghị")).toHaveValue(title);

    await page.getByLabel("Giờ kết thúc", { exact: true }).fill("16:30");
    await page.getByRole("button", { name: "Thêm hội nghị" }).click();
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
    await expect(page.getByText("Dự thảo").first()).toBeVisible();
    await page.getByRole("button", { name: "Lên lịch", exact: true }).click();
    await expect(page.getByText("Đã lên lịch").first()).toBeVisible();

    await page.getByRole("link", { name: "Giấy mời và trả lời" }).click();
    await page.getByLabel("Mời tất cả đơn vị thuộc loại").selectOption({ label: "Phòng VH-TT cấp huyện" });
    await page.getByRole("button", { name: "Mời cả loại đơn vị" }).click();
    await expect(page.getByText(/Đã mời 9 đơn vị/)).toBeVisible();
    await expect(page.getByRole("cell", { name: "Phòng Văn hóa và Thông tin thành phố Điện Biên Phủ" })).toBeVisible();

    // Inviting the same agency again is refused, nothing doubled.
    await page.getByLabel("Đơn vị được mời").selectOption({ label: "Phòng Văn hóa và Thông tin thành phố Điện Biên Phủ" });
    await page.getByRole("button", { name: "Mời đơn vị" }).click();
    await expect(page.getByText("Đơn vị này đã có trong danh sách mời của hội nghị.").first()).toBeVisible();

    // The demo directory is short: its people are listed at once, no search first.
    await expect(page.getByRole("search", { name: "Tìm cá nhân để mời" })).toHaveCount(0);
    await page.getByLabel("Cá nhân được mời").selectOption({ label: "Giàng Thị Hoa — Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh — Ủy ban nhân dân tỉnh Điện Biên" });
    await page.getByRole("button", { name: "Mời cá nhân" }).click();
    await expect(page.getByText("Đã thêm người vào danh sách mời.").first()).toBeVisible();
    await expect(page.getByRole("cell", { name: "Giàng Thị Hoa" })).toBeVisible();
  });

  test("a unit officer replies for their own agency, and is told when the conference is over; another unit cannot see the conference at all", async ({ page, browser }) => {
    const secretariat = await pageAs(browser, "vanphong");
    const title = uniqueName("Hội nghị triển khai Thông tư 04/2012/TT-BTTTT");
    const conferencePath = await createConference(secretariat, title, "Chuyên đề", "10/08/2012", "08:00", "11:00");
    await inviteAgency(secretariat, conferencePath, "Phòng Văn hóa và Thông tin thành phố Điện Biên Phủ");

    await signIn(page, "phongvhtt");
    await page.goto("/conferences");
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("link", { name: "Giấy mời và trả lời" }).click();
    await expect(page.getByRole("heading", { name: /Giấy mời của Phòng Văn hóa và Thông tin thành phố Điện Biên Phủ/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Ghi trả lời" })).toHaveCount(0);
    const delegate = uniqueName("Lường Văn");
    await page.getByLabel("Trả lời", { exact: true }).selectOption({ label: "Tham dự" });
    await page.getByLabel("Họ và tên người dự").fill(delegate);
    await page.getByLabel("Chức vụ người dự").fill("Phó Trưởng phòng");
    await page.getByRole("button", { name: "Gửi trả lời" }).click();
    await expect(page.getByRole("cell", { name: new RegExp(delegate) })).toBeVisible();

    // The seed conference took place on 02/07/2012: the unit officer is told it can no longer
    // answer, before filling in a form that would be refused.
    await page.goto("/conferences");
    await page.getByRole("link", { name: /Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm/ }).click();
    await page.getByRole("link", { name: "Giấy mời và trả lời" }).click();
    await expect(page.getByText(/^Hội nghị đã diễn ra: không trả lời giấy mời được nữa/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Gửi trả lời" })).toHaveCount(0);

    const other = await pageAs(browser, "bcvt");
    await other.goto("/conferences");
    await expect(other.getByRole("link", { name: title })).toHaveCount(0);
    for (const path of ["", "/invitations", "/attendance", "/agenda"]) {
      const response = await other.goto(conferencePath + path);
      expect(response?.status(), path).toBe(404);
    }
    const ics = await other.request.get(`/api${conferencePath}/ics`);
    expect(ics.status()).toBe(404);
  });

  test("check-in on a phone: search without accents, one tap per person, and someone not invited is offered as a walk-in", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    await signIn(page, "vanphong");
    // Today: check-in is open on the conference's day (a whole-day window, so the hour does not matter).
    const conferencePath = await createConference(page, uniqueName("Giao ban điểm danh"), "Giao ban định kỳ", vietnamDate(), "00:00", "23:59");
    await inviteAgency(page, conferencePath, "Viettel Điện Biên");

    await page.getByRole("link", { name: "Điểm danh" }).click();
    await page.getByLabel("Tìm đại biểu").fill("viettel dien bien");
    await page.getByRole("button", { name: /Viettel Điện Biên/ }).click();
    await expect(page.getByText(/Đã điểm danh lúc/)).toBeVisible();

    await page.getByLabel("Tìm đại biểu").fill("Nguyễn Khách Lạ");
    await expect(page.getByText("Không có trong danh sách mời")).toBeVisible();
    await expect(page.getByRole("link", { name: "Thêm khách không có giấy mời" })).toBeVisible();
    await context.close();
  });

  test("the agenda starts from the review template and the conference exports a valid iCalendar file", async ({ page }) => {
    await signIn(page, "vanphong");
    const title = uniqueName("Hội nghị tổng kết năm");
    const conferenceUrl = await createConference(page, title, "Tổng kết năm", "20/12/2012", "08:00", "11:00");

    await page.getByRole("link", { name: "Chương trình" }).click();
    await page.getByRole("button", { name: "Dùng mẫu hội nghị sơ kết, tổng kết" }).click();
    await expect(page.getByText("Phát biểu chỉ đạo của lãnh đạo").first()).toBeVisible();
    await expect(page.getByText("Kết luận hội nghị").first()).toBeVisible();
    // Deleting an item opens a warning naming it; only its button deletes.
    const conclusion = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Kết luận hội nghị" }) });
    await conclusion.getByText("Xóa", { exact: true }).click();
    await expect(conclusion.getByText("Xóa hẳn nội dung “Kết luận hội nghị” khỏi chương trình?", { exact: false })).toBeVisible();
    await conclusion.getByRole("button", { name: "Xác nhận xóa" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã xóa nội dung." })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: /Kết luận hội nghị/ })).toHaveCount(0);

    const response = await page.request.get(`/api${conferenceUrl}/ics`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/calendar");
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    const event = calendar.getFirstSubcomponent("vevent")!;
    expect(event.getFirstPropertyValue("summary")).toBe(title);
    expect(String(event.getFirstPropertyValue("uid"))).toMatch(/^conference-\d+@nghisu$/);
    // 08:00 in Điện Biên is 01:00 UTC.
    expect(event.getFirstPropertyValue("dtstart")?.toString()).toBe("2012-12-20T01:00:00Z");
  });

  test("the weekly schedule of 02/07/2012: a printed grid on a desktop, labelled cards on a phone, the public page without links", async ({ browser }) => {
    const seedTitle = "Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2012";
    const leader = await pageAs(browser, "lanhdao");
    await leader.goto("/schedule?week=2012-07-02");
    const table = leader.locator("table.schedule-table");
    await expect(table.getByRole("columnheader", { name: "Thời gian" })).toBeVisible();
    const row = table.getByRole("row").filter({ has: leader.getByRole("link", { name: seedTitle }) });
    await expect(row.getByRole("cell").first()).toHaveText("08h00");
    await expect(row.getByRole("cell").nth(2)).toContainText("Sở Thông tin và Truyền thông");
    await expect(table.getByRole("columnheader", { name: /Thứ Hai, 02\/07/ })).toBeVisible();
    await leader.context().close();

    // The public schedule of this week on a phone (the demo's weekly briefing is marked for it):
    // the conference as a card, each cell labelled by its column, the title not a link.
    const visitor = await (await browser.newContext({ viewport: { width: 360, height: 780 } })).newPage();
    await visitor.goto("/lich-cong-tac");
    const card = visitor.locator("table.schedule-table tr").filter({ hasText: "Giao ban công tác Sở Thông tin và Truyền thông" });
    await expect(card).toHaveCount(1);
    await expect(card.getByRole("link")).toHaveCount(0);
    const timeCell = card.locator("td").first();
    expect(await timeCell.evaluate((cell) => getComputedStyle(cell, "::before").content)).toBe('"Thời gian"');
    expect(await card.evaluate((row) => row.getBoundingClientRect().width)).toBeLessThanOrEqual(360);
    await visitor.context().close();
  });
});
