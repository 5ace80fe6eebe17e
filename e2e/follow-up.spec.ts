import { expect, test } from "@playwright/test";
import { pageAs, signIn, uniqueName } from "./fixtures/auth";
import { createConference } from "./fixtures/conferences";

test.describe("directives and follow-up", () => {
  test("a leader records a directive, the secretariat assigns it, the unit reports completion and the secretariat accepts; another unit never sees the task", async ({ page, browser }) => {
    // The whole loop, from recording to the next conference's review, in five sessions.
    test.setTimeout(150_000);
    // The secretariat schedules the conference.
    const secretariat = await pageAs(browser, "vanphong");
    const conferencePath = await createConference(secretariat, uniqueName("Hội nghị giao ban quý III"), "Giao ban định kỳ", "05/10/2012", "08:00", "10:00");

    // The leader records a directive citing Circular 04/2012/TT-BTTTT (already in the register).
    await signIn(page, "lanhdao");
    await page.goto(`${conferencePath}/directives`);
    const directiveText = uniqueName("Rà soát thuê bao di động trả trước trên địa bàn");
    await page.getByLabel("Người chỉ đạo").selectOption({ label: "Lò Văn Thắng (Giám đốc Sở)" });
    await page.getByLabel("Lĩnh vực").selectOption({ label: "Bưu chính, viễn thông" });
    await page.getByLabel("Nội dung chỉ đạo").fill(directiveText);
    // The register's search box narrows the list, without diacritics.
    await page.getByLabel("Tìm văn bản (số, ký hiệu hoặc trích yếu)").fill("luat vien thong");
    await expect(page.getByRole("checkbox", { name: /25\/2011\/NĐ-CP/ })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: /04\/2012\/TT-BTTTT/ })).toBeHidden();
    await page.getByLabel("Tìm văn bản (số, ký hiệu hoặc trích yếu)").fill("");
    await page.getByLabel(/^Thêm văn bản theo số, ký hiệu/).fill("04/2012/tt-btttt");
    await page.getByRole("button", { name: "Thêm ý kiến chỉ đạo" }).click();
    await expect(page.getByText(directiveText)).toBeVisible();
    await expect(page.getByRole("link", { name: "Thông tư số 04/2012/TT-BTTTT ngày 13/4/2012" }).first()).toBeVisible();
    // A directive recorded by mistake is deleted after a warning that names it.
    const mistaken = uniqueName("Ghi nhầm");
    await page.getByLabel("Người chỉ đạo").selectOption({ label: "Lò Văn Thắng (Giám đốc Sở)" });
    await page.getByLabel("Lĩnh vực").selectOption({ label: "Bưu chính, viễn thông" });
    await page.getByLabel("Nội dung chỉ đạo").fill(mistaken);
    await page.getByRole("button", { name: "Thêm ý kiến chỉ đạo" }).click();
    const mistakenItem = page.getByRole("listitem").filter({ hasText: mistaken });
    await mistakenItem.getByText("Xóa", { exact: true }).click();
    await expect(mistakenItem.getByText(/Xóa hẳn ý kiến chỉ đạo số 2\?/)).toBeVisible();
    await mistakenItem.getByRole("button", { name: "Xác nhận xóa" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Đã xóa ý kiến chỉ đạo." })).toBeVisible();
    await expect(page.getByText(mistaken)).toHaveCount(0);
    await expect(page.getByText(directiveText)).toBeVisible();

    // The secretariat turns it into a task for the Posts and Telecommunications division.
    await secretariat.goto(`${conferencePath}/directives`);
    await secretariat.getByRole("link", { name: /Giao nhiệm vụ/ }).first().click();
    await secretariat.getByLabel("Hạn xử lý", { exact: true }).fill("01/10/2012");
    const taskTitle = uniqueName("Kiểm tra đại lý bán SIM trả trước");
    await secretariat.getByLabel("Tên nhiệm vụ").fill(taskTitle);
    await secretariat.getByRole("button", { name: "Giao nhiệm vụ" }).click();
    await expect(secretariat.locator("#error-leadAgencyId")).toHaveText("Vui lòng chọn đơn vị chủ trì");
    await secretariat.getByLabel("Đơn vị chủ trì").selectOption({ label: "Phòng Bưu chính, Viễn thông" });
    await secretariat.getByRole("button", { name: "Giao nhiệm vụ" }).click();
    await expect(secretariat.locator("#error-deadline")).toHaveText("Hạn xử lý không được trước ngày hội nghị");
    await expect(secretariat.getByLabel("Tên nhiệm vụ")).toHaveValue(taskTitle);
    await secretariat.getByLabel("Hạn xử lý", { exact: true }).fill("31/12/2030");
    await secretariat.getByRole("button", { name: "Giao nhiệm vụ" }).click();
    await expect(secretariat.getByRole("heading", { name: taskTitle })).toBeVisible();
    await expect(secretariat.getByText("Chưa hoàn thành, trong hạn").first()).toBeVisible();
    const taskPath = new URL(secretariat.url()).pathname;

    // The conference's board shows the directive with its task, lead unit, deadline and status.
    await secretariat.goto(conferencePath);
    const board = secretariat.getByRole("list", { name: "Nhiệm vụ thực hiện ý kiến chỉ đạo số 1" });
    await expect(board.getByRole("link", { name: taskTitle })).toHaveAttribute("href", taskPath);
    const line = board.getByRole("listitem").filter({ hasText: taskTitle });
    await expect(line.getByText("Chủ trì: Phòng Bưu chính, Viễn thông", { exact: true })).toBeVisible();
    await expect(line.getByText("Hạn: 31/12/2030", { exact: true })).toBeVisible();
    await expect(line.getByText("Chưa hoàn thành, trong hạn", { exact: true })).toBeVisible();

    // The overview, filtered to this conference, counts the new task as open within its deadline.
    const overviewPath = `/tasks/overview?conference=${conferencePath.split("/").pop()}`;
    const statusCard = (label: string) => secretariat.getByRole("region", { name: "Theo trạng thái" }).getByRole("link", { name: new RegExp(`^${label} `) });
    await secretariat.goto(overviewPath);
    await expect(statusCard("Tổng số nhiệm vụ")).toHaveText("Tổng số nhiệm vụ1");
    await expect(statusCard("Chưa hoàn thành, trong hạn")).toHaveText("Chưa hoàn thành, trong hạn1");
    await expect(statusCard("Đã hoàn thành đúng hạn")).toHaveText("Đã hoàn thành đúng hạn0");

    // The unit sees it in its list and reports completion.
    const unit = await pageAs(browser, "bcvt");
    await unit.goto("/tasks");
    await unit.getByRole("link", { name: taskTitle }).click();
    const completion = unit.getByRole("region", { name: "Báo cáo hoàn thành" });
    await completion.getByRole("button", { name: "Báo cáo hoàn thành" }).click();
    await expect(completion.getByText("Vui lòng nhập nội dung báo cáo hoàn thành").first()).toBeVisible();
    await completion.getByLabel("Nội dung báo cáo hoàn thành").fill("Đã kiểm tra 45 đại lý; lập biên bản 3 trường hợp vi phạm.");
    await completion.getByLabel("Số văn bản").fill("215/BC-STTTT");
    await completion.getByRole("button", { name: "Báo cáo hoàn thành" }).click();
    await expect(unit.getByText("Đã kiểm tra 45 đại lý; lập biên bản 3 trường hợp vi phạm.")).toBeVisible();
    await expect(unit.getByRole("button", { name: "Xác nhận hoàn thành" })).toHaveCount(0);

    // The secretariat accepts: the task is completed on time.
    await secretariat.goto(taskPath);
    await secretariat.getByRole("button", { name: "Xác nhận hoàn thành" }).click();
    await expect(secretariat.getByText("Đã hoàn thành đúng hạn").first()).toBeVisible();

    // The overview's counts move, and the figure opens the list behind it.
    await secretariat.goto(overviewPath);
    await expect(statusCard("Chưa hoàn thành, trong hạn")).toHaveText("Chưa hoàn thành, trong hạn0");
    await expect(statusCard("Đã hoàn thành đúng hạn")).toHaveText("Đã hoàn thành đúng hạn1");
    await expect(secretariat.getByRole("region", { name: "Theo trạng thái" }).getByText("100%")).toBeVisible();
    await statusCard("Đã hoàn thành đúng hạn").click();
    await expect(secretariat.getByRole("link", { name: taskTitle })).toBeVisible();

    // The next conference, created from this one, opens its agenda with the review of this
    // conference's directives: the task is shown live with its status.
    await secretariat.goto(`/conferences/new?from=${conferencePath.split("/").pop()}`);
    const nextTitle = uniqueName("Hội nghị giao ban quý IV");
    await secretariat.getByLabel("Tên hội nghị").fill(nextTitle);
    await secretariat.getByLabel("Ngày họp").fill("04/01/2031");
    await secretariat.getByLabel("Giờ bắt đầu", { exact: true }).fill("08:00");
    await secretariat.getByLabel("Giờ kết thúc", { exact: true }).fill("10:00");
    await secretariat.getByRole("button", { name: "Tạo kỳ tiếp theo" }).click();
    await expect(secretariat.getByRole("heading", { name: nextTitle })).toBeVisible();
    // Its own page sums the review up; the link opens every directive with its tasks.
    const review = secretariat.getByRole("region", { name: "Kiểm điểm thực hiện ý kiến chỉ đạo tại hội nghị trước" });
    await expect(review.getByText("1 ý kiến chỉ đạo, 1 nhiệm vụ")).toBeVisible();
    await expect(review.getByRole("list", { name: "Số nhiệm vụ theo tình trạng" })).toHaveText("Đã hoàn thành đúng hạn: 1");
    await expect(review.getByText(directiveText)).toHaveCount(0);
    await review.getByRole("link", { name: "Xem từng ý kiến chỉ đạo và nhiệm vụ" }).click();
    await expect(review.getByRole("link", { name: taskTitle })).toBeVisible();
    await secretariat.getByRole("link", { name: "Chương trình" }).click();
    await expect(secretariat.getByRole("link", { name: "Kiểm điểm kết quả thực hiện ý kiến chỉ đạo tại hội nghị trước", exact: true })).toBeVisible();
    const carryOver = secretariat.getByRole("region", { name: "Kiểm điểm thực hiện ý kiến chỉ đạo tại hội nghị trước" });
    await expect(carryOver.getByText(directiveText)).toBeVisible();
    await carryOver.getByRole("link", { name: taskTitle }).click();
    await expect(secretariat).toHaveURL(new RegExp(`${taskPath}$`));

    // A unit officer of another agency gets a 404 on the task and does not see it listed.
    const outsider = await pageAs(browser, "phongvhtt");
    const response = await outsider.goto(taskPath);
    expect(response?.status()).toBe(404);
    await outsider.goto("/tasks");
    await expect(outsider.getByRole("link", { name: taskTitle })).toHaveCount(0);
  });

  test("the register refuses a malformed symbol and the same document twice", async ({ page }) => {
    await signIn(page, "vanphong");
    await page.goto("/legal-documents/new");
    await page.getByLabel("Số, ký hiệu").fill("04-2012-TT");
    await page.getByRole("button", { name: "Thêm văn bản" }).click();
    await expect(page).toHaveTitle(/^Lỗi: /);
    await expect(page.locator("#error-symbol")).not.toBeEmpty();
    await page.getByLabel("Số, ký hiệu").fill("04/2012/TT-BTTTT");
    await page.getByRole("button", { name: "Thêm văn bản" }).click();
    await expect(page.locator("#error-symbol")).toHaveText("Văn bản này đã có trong danh mục");
  });
});
