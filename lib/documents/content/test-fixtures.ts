import type { Db } from "@/db/client";
import { agendaItems, attendance, conferenceReports, conferences, directives, invitations, taskCoordinators, taskEvents, tasks } from "@/db/schema";
import { newCheckInToken } from "@/lib/conferences/commands";
import { vietnamInstant } from "@/lib/conferences/time";
import { createReport, createReportIndicator, insertValue } from "@/lib/indicators/report-test-helpers";
import { createAgency, createPerson, unique } from "@/test/factories";

/*
 * Test-only: a conference shaped like the seed's 02/07/2012 mid-year review (a guest who
 * directs, invited press, telecom and district units, check-in, the four agenda items, three
 * directives, tasks in every status, the department's H1 2012 report linked), and the
 * conference that follows it. Not imported by the app.
 */

export const SEED_TITLE = "Hội nghị sơ kết tình hình thực hiện nhiệm vụ 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2012";

export async function createSeedLikeConference(db: Db) {
  const ubnd = await createAgency(db, { name: "Ủy ban nhân dân tỉnh Điện Biên", shortName: "UBND tỉnh", kind: "provincial_body", code: unique("UBND").toUpperCase() });
  const host = await createAgency(db, {
    name: "Sở Thông tin và Truyền thông tỉnh Điện Biên",
    shortName: "Sở TT&TT",
    kind: "provincial_body",
    code: unique("STTTT").toUpperCase(),
    parentId: ubnd.id,
  });
  const office = await createAgency(db, { name: "Văn phòng Sở", kind: "department_division", code: unique("VP").toUpperCase(), parentId: host.id });
  const press = await createAgency(db, { name: "Báo Điện Biên Phủ", kind: "press" });
  const vnpt = await createAgency(db, { name: "Viễn thông Điện Biên", kind: "postal_telecom" });
  const viettel = await createAgency(db, { name: "Viettel Điện Biên", kind: "postal_telecom" });
  const district = await createAgency(db, { name: "Phòng Văn hóa và Thông tin huyện Tuần Giáo", kind: "district_office" });
  const postal = await createAgency(db, { name: "Phòng Bưu chính, Viễn thông", kind: "department_division", parentId: host.id });

  const hoa = await createPerson(db, { fullName: "Giàng Thị Hoa", position: "Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh", agencyId: ubnd.id });
  const chair = await createPerson(db, { fullName: "Lò Văn Thắng", position: "Giám đốc Sở", agencyId: host.id });
  const secretary = await createPerson(db, { fullName: "Trần Minh Đức", position: "Chánh Văn phòng Sở", agencyId: office.id, phone: "0215 3825 001", email: "vanphong@stttt.example.vn" });

  const [conference] = await db
    .insert(conferences)
    .values({
      title: SEED_TITLE,
      kind: "mid_year_review",
      status: "concluded",
      reviewedPeriod: "2012-H1",
      plannedPeriod: "2012-H2",
      startsAt: vietnamInstant("2012-07-02", "08:00"),
      endsAt: vietnamInstant("2012-07-02", "11:30"),
      hostAgencyId: host.id,
      chairPersonId: chair.id,
      secretaryPersonId: secretary.id,
      venue: "Hội trường Sở Thông tin và Truyền thông",
      replyDeadline: vietnamInstant("2012-06-29", "17:00"),
    })
    .returning();

  const invite = async (values: { agencyId?: number; personId?: number; status: "invited" | "confirmed" | "declined" }) => {
    const [row] = await db.insert(invitations).values({ conferenceId: conference.id, checkInToken: newCheckInToken(), ...values }).returning();
    return row;
  };
  const hoaInvitation = await invite({ personId: hoa.id, status: "confirmed" });
  const pressInvitation = await invite({ agencyId: press.id, status: "confirmed" });
  const vnptInvitation = await invite({ agencyId: vnpt.id, status: "confirmed" });
  await invite({ agencyId: viettel.id, status: "declined" });
  await invite({ agencyId: district.id, status: "invited" });
  const at = (time: string) => vietnamInstant("2012-07-02", time);
  await db.insert(attendance).values([
    { conferenceId: conference.id, invitationId: hoaInvitation.id, attendeeName: "Giàng Thị Hoa", checkedInAt: at("07:50") },
    { conferenceId: conference.id, invitationId: pressInvitation.id, attendeeName: "Nguyễn Văn Hùng", checkedInAt: at("07:55") },
    { conferenceId: conference.id, invitationId: vnptInvitation.id, attendeeName: "Lò Thị Lan", checkedInAt: at("07:58") },
    { conferenceId: conference.id, attendeeName: "Quàng Văn Sơn", attendeePosition: "Phóng viên", walkInAgencyId: press.id, checkedInAt: at("08:05") },
  ]);

  const agenda = await db
    .insert(agendaItems)
    .values([
      { conferenceId: conference.id, position: 1, title: "Báo cáo kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2012", kind: "report", presenterAgencyId: host.id },
      { conferenceId: conference.id, position: 2, title: "Thảo luận", kind: "discussion" },
      { conferenceId: conference.id, position: 3, title: "Phát biểu chỉ đạo của đồng chí Phó Chủ tịch UBND tỉnh", kind: "directing_speech", presenterPersonId: hoa.id },
      { conferenceId: conference.id, position: 4, title: "Kết luận hội nghị", kind: "conclusion", presenterPersonId: chair.id },
    ])
    .returning();

  const issuer = { issuerName: "Giàng Thị Hoa", issuerTitle: "Phó Chủ tịch UBND tỉnh", issuedByPersonId: hoa.id, conferenceId: conference.id };
  const [d1, d2, d3] = await db
    .insert(directives)
    .values([
      { ...issuer, number: 1, sector: "press", text: "Tăng cường quản lý nhà nước về báo chí" },
      { ...issuer, number: 2, sector: "postal_telecom", text: "Tăng cường quản lý lĩnh vực bưu chính, viễn thông và công nghệ thông tin" },
      {
        ...issuer,
        number: 3,
        sector: "postal_telecom",
        text: "Quản lý thuê bao di động trả trước; tổ chức tập huấn, hướng dẫn Thông tư số 04/2012/TT-BTTTT ngày 13/4/2012 của Bộ Thông tin và Truyền thông",
      },
    ])
    .returning();

  const task = async (values: typeof tasks.$inferInsert, coordinatorIds: number[] = []) => {
    const [row] = await db.insert(tasks).values({ ...values, originalDeadline: values.deadline ?? null }).returning();
    if (coordinatorIds.length > 0) await db.insert(taskCoordinators).values(coordinatorIds.map((agencyId) => ({ taskId: row.id, agencyId })));
    return row;
  };
  const onTime = await task({ directiveId: d1.id, title: "Kiểm tra hoạt động xuất bản bản tin trên địa bàn tỉnh", leadAgencyId: postal.id, deadline: "2012-09-30", completedOn: "2012-09-25" }, [press.id, district.id]);
  const ongoing = await task({ directiveId: d2.id, title: "Theo dõi chất lượng dịch vụ viễn thông", leadAgencyId: vnpt.id, deadline: null }, [viettel.id]);
  const overdue = await task({ directiveId: d2.id, title: "Rà soát trang thông tin điện tử của các cơ quan báo chí", leadAgencyId: press.id, deadline: "2012-10-01" });
  const late = await task({ directiveId: d3.id, title: "Tập huấn Thông tư 04/2012/TT-BTTTT cho các đại lý", leadAgencyId: postal.id, deadline: "2012-08-31", completedOn: "2012-09-10" });
  const open = await task({ directiveId: d3.id, title: "Chuẩn hóa thông tin thuê bao di động trả trước", leadAgencyId: viettel.id, deadline: "2012-12-31" });
  await db.insert(taskEvents).values([
    { taskId: onTime.id, kind: "progress", agencyId: postal.id, at: vietnamInstant("2012-08-15", "09:00"), text: "Đã kiểm tra 12/20 đơn vị.", percent: 60, evidenceNumber: "45/KH-STTTT", evidenceDate: "2012-07-20" },
    {
      taskId: onTime.id,
      kind: "completion_reported",
      agencyId: postal.id,
      at: vietnamInstant("2012-09-24", "09:00"),
      text: "Đã kiểm tra 20/20 đơn vị, có báo cáo kết quả.",
      percent: 100,
      evidenceNumber: "112/BC-STTTT",
      evidenceDate: "2012-09-24",
    },
    { taskId: open.id, kind: "progress", agencyId: viettel.id, at: vietnamInstant("2012-10-01", "09:00"), text: "Đã chuẩn hóa 70% thuê bao", percent: 70 },
  ]);

  // The department's H1 2012 report with the article's figures, "ước đạt", comparisons as reported.
  const telecom = await createReportIndicator(db, { nameVi: "Doanh thu dịch vụ viễn thông", unit: "tỷ đồng", kind: "flow", decimals: 2, sector: "postal_telecom", sortOrder: 10 });
  const postalRevenue = await createReportIndicator(db, { nameVi: "Doanh thu dịch vụ bưu chính", unit: "tỷ đồng", kind: "flow", decimals: 1, sector: "postal_telecom", sortOrder: 5 });
  const phones = await createReportIndicator(db, { nameVi: "Thuê bao điện thoại", unit: "thuê bao", kind: "stock", decimals: 0, sector: "postal_telecom", sortOrder: 20 });
  const radio = await createReportIndicator(db, { nameVi: "Thời lượng thu, phát sóng phát thanh của Đài tỉnh", unit: "giờ", kind: "flow", sector: "broadcasting", sortOrder: 30 });
  const localRadio = await createReportIndicator(db, { nameVi: "Thời lượng phát thanh địa phương", unit: "giờ", kind: "flow", sector: "broadcasting", sortOrder: 31, parentId: radio.id });
  const computers = await createReportIndicator(db, { nameVi: "Tỷ lệ máy tính/cán bộ, công chức", unit: "%", kind: "ratio", sector: "it", sortOrder: 40 });
  const report = await createReport(db, { agencyId: host.id, periodCode: "2012-H1", status: "approved" });
  await insertValue(db, report.id, telecom.id, "89.16");
  await insertValue(db, report.id, postalRevenue.id, "13.6");
  await insertValue(db, report.id, phones.id, "468112", { reportedGrowthPercent: "9" });
  await insertValue(db, report.id, radio.id, "6612", { reportedPlanPercent: "50" });
  await insertValue(db, report.id, localRadio.id, "821");
  await insertValue(db, report.id, computers.id, "94");
  await db.insert(conferenceReports).values({ conferenceId: conference.id, reportId: report.id });

  return {
    conference,
    agencies: { ubnd, host, office, press, vnpt, viettel, district, postal },
    people: { hoa, chair, secretary },
    invitations: { hoa: hoaInvitation, press: pressInvitation, vnpt: vnptInvitation },
    agenda,
    directives: [d1, d2, d3],
    tasks: { onTime, ongoing, overdue, late, open },
    report,
  };
}

export type SeedLike = Awaited<ReturnType<typeof createSeedLikeConference>>;

/** The next conference (H2 2012 review), following the seed-like one. */
export async function createFollowingConference(db: Db, seed: SeedLike) {
  const [row] = await db
    .insert(conferences)
    .values({
      title: "Hội nghị tổng kết công tác năm 2012 và triển khai nhiệm vụ năm 2013",
      kind: "annual_review",
      status: "scheduled",
      reviewedPeriod: "2012-Y",
      startsAt: vietnamInstant("2013-01-05", "08:00"),
      endsAt: vietnamInstant("2013-01-05", "11:30"),
      hostAgencyId: seed.agencies.host.id,
      chairPersonId: seed.people.chair.id,
      secretaryPersonId: seed.people.secretary.id,
      previousConferenceId: seed.conference.id,
    })
    .returning();
  return row;
}
