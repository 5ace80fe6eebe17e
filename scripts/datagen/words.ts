import type { Rng } from "./rng";

/*
 * Vocabulary for realistic Vietnamese provincial data: departments (Sở), their divisions,
 * districts, enterprises, people's names, conference titles, directives and tasks.
 * Names are combined from these lists, so the volume is large but every row reads like
 * something a provincial secretariat would type.
 */

export const DEPARTMENTS = [
  ["SNV", "Sở Nội vụ"],
  ["STP", "Sở Tư pháp"],
  ["SKHDT", "Sở Kế hoạch và Đầu tư"],
  ["STC", "Sở Tài chính"],
  ["SCT", "Sở Công Thương"],
  ["SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"],
  ["SGTVT", "Sở Giao thông vận tải"],
  ["SXD", "Sở Xây dựng"],
  ["STNMT", "Sở Tài nguyên và Môi trường"],
  ["SLDTBXH", "Sở Lao động - Thương binh và Xã hội"],
  ["SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"],
  ["SKHCN", "Sở Khoa học và Công nghệ"],
  ["SGDDT", "Sở Giáo dục và Đào tạo"],
  ["SYT", "Sở Y tế"],
  ["TTRT", "Thanh tra tỉnh"],
  ["VPUBND", "Văn phòng Ủy ban nhân dân tỉnh"],
  ["BDT", "Ban Dân tộc tỉnh"],
  ["BQLKKT", "Ban Quản lý các khu kinh tế tỉnh"],
] as const;

export const DIVISIONS = [
  "Văn phòng",
  "Thanh tra",
  "Phòng Kế hoạch - Tài chính",
  "Phòng Tổ chức cán bộ",
  "Phòng Quản lý chuyên ngành",
  "Phòng Pháp chế",
  "Phòng Hợp tác quốc tế",
  "Trung tâm Dịch vụ công",
];

export const DISTRICTS = [
  "Nậm Pồ",
  "Mường Thanh",
  "Thanh Nưa",
  "Na Son",
  "Pú Nhi",
  "Ẳng Nưa",
  "Quài Cang",
  "Sín Chải",
  "Chà Cang",
  "Mường Toong",
  "Pa Ham",
  "Huổi Lếch",
];

export const DISTRICT_OFFICES = [
  ["district_office", "Phòng Văn hóa và Thông tin"],
  ["radio_tv", "Đài Truyền thanh - Truyền hình"],
  ["other", "Phòng Tài chính - Kế hoạch"],
  ["other", "Phòng Nội vụ"],
] as const;

export const ENTERPRISES = [
  ["postal_telecom", "Trung tâm Kinh doanh VNPT"],
  ["postal_telecom", "Chi nhánh Viettel"],
  ["postal_telecom", "Bưu điện huyện"],
  ["postal_telecom", "Chi nhánh Vietnamobile"],
  ["press", "Văn phòng đại diện Báo"],
  ["press", "Tạp chí"],
  ["publisher", "Công ty Phát hành sách"],
  ["printing", "Công ty In"],
  ["radio_tv", "Trung tâm Truyền hình cáp"],
] as const;

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Lò", "Quàng", "Lường", "Giàng", "Vàng", "Cà", "Tòng", "Lý", "Sùng"];
const MIDDLE_MALE = ["Văn", "Minh", "Đức", "Quang", "Hữu", "Xuân", "A"];
const MIDDLE_FEMALE = ["Thị", "Thu", "Ngọc", "Thanh", "Hồng"];
const GIVEN_MALE = ["Thắng", "Hải", "Dũng", "Hùng", "Tuấn", "Sơn", "Long", "Khánh", "Phong", "Cường", "Chiến", "Hưng", "Sình", "Páo"];
const GIVEN_FEMALE = ["Hoa", "Lan", "Mai", "Hương", "Hằng", "Thảo", "Ngân", "Linh", "Dung", "Phương", "Xuân", "Chi"];

export function personName(rng: Rng): string {
  const female = rng.chance(0.45);
  return `${rng.pick(FAMILY)} ${rng.pick(female ? MIDDLE_FEMALE : MIDDLE_MALE)} ${rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE)}`;
}

export const POSITIONS = ["Giám đốc", "Phó Giám đốc", "Trưởng phòng", "Phó Trưởng phòng", "Chánh Văn phòng", "Chuyên viên", "Chủ tịch", "Phó Chủ tịch"];

const TOPICS = [
  "công tác chuyển đổi số",
  "cải cách hành chính",
  "ứng dụng công nghệ thông tin trong cơ quan nhà nước",
  "quản lý báo chí, xuất bản",
  "phát triển hạ tầng viễn thông",
  "bưu chính công ích",
  "thông tin cơ sở",
  "an toàn thông tin mạng",
  "giải ngân vốn đầu tư công",
  "xây dựng nông thôn mới",
  "phòng, chống thiên tai",
  "thu ngân sách nhà nước",
];

export const SECTORS = ["press", "publishing", "printing", "postal_telecom", "it", "broadcasting", "general"] as const;

export function conferenceTitle(kind: string, period: string | null, year: number, host: string, rng: Rng): string {
  switch (kind) {
    case "mid_year_review":
      return `Hội nghị sơ kết 6 tháng đầu năm ${year} ${host}`;
    case "annual_review":
      return `Hội nghị tổng kết công tác năm ${year}, triển khai nhiệm vụ năm ${year + 1} ${host}`;
    case "regular_briefing":
      return `Giao ban ${period?.includes("-M") ? `tháng ${Number(period.slice(6))}/${year}` : `định kỳ năm ${year}`} ${host}`;
    case "thematic":
      return `Hội nghị chuyên đề về ${rng.pick(TOPICS)} năm ${year}`;
    default:
      return `Hội nghị triển khai ${rng.pick(TOPICS)} ${host}`;
  }
}

export const VENUES = ["Hội trường Sở", "Phòng họp tầng 3", "Hội trường UBND tỉnh", "Phòng họp trực tuyến", "Hội trường huyện", "Trung tâm Hội nghị tỉnh"];

export const AGENDA_TITLES = [
  ["report", "Báo cáo kết quả thực hiện nhiệm vụ"],
  ["report", "Báo cáo tình hình thực hiện chỉ tiêu"],
  ["discussion", "Thảo luận, đóng góp ý kiến"],
  ["discussion", "Ý kiến của các đơn vị"],
  ["directing_speech", "Phát biểu chỉ đạo của lãnh đạo"],
  ["conclusion", "Kết luận hội nghị"],
  ["other", "Khai mạc, giới thiệu đại biểu"],
] as const;

const VERBS = ["Tăng cường", "Đẩy mạnh", "Triển khai", "Rà soát", "Kiểm tra", "Hoàn thiện", "Xây dựng", "Tổ chức", "Tham mưu", "Đôn đốc"];
const OBJECTS = [
  "công tác quản lý nhà nước về báo chí",
  "hạ tầng mạng di động tại các xã vùng sâu",
  "hệ thống quản lý văn bản và điều hành",
  "cổng thông tin điện tử của tỉnh",
  "dịch vụ công trực tuyến mức độ 4",
  "kế hoạch ứng dụng công nghệ thông tin",
  "việc cấp phép hoạt động in",
  "mạng lưới điểm bưu điện văn hóa xã",
  "đài truyền thanh cơ sở",
  "quy hoạch hạ tầng viễn thông thụ động",
  "công tác thông tin đối ngoại",
  "báo cáo thống kê định kỳ",
  "hồ sơ giải ngân các dự án",
  "phương án bảo đảm an toàn thông tin",
];
const PLACES = ["trên địa bàn tỉnh", "tại các huyện", "trong quý tới", "theo kế hoạch năm", "tại các xã biên giới", ""];

export function taskTitle(rng: Rng): string {
  const place = rng.pick(PLACES);
  return `${rng.pick(VERBS)} ${rng.pick(OBJECTS)}${place ? ` ${place}` : ""}`;
}

export function directiveText(rng: Rng): string {
  return `${rng.pick(VERBS)} ${rng.pick(OBJECTS)}; các đơn vị chủ động phối hợp, báo cáo kết quả về Văn phòng trước ngày 25 hằng tháng.`;
}

export const PROGRESS_TEXTS = ["Đã xây dựng kế hoạch triển khai.", "Đang phối hợp với các đơn vị liên quan.", "Đã hoàn thành 50% khối lượng công việc.", "Đã tổ chức kiểm tra tại 5 đơn vị.", "Đang tổng hợp báo cáo."];

/** Indicator families: name, unit, kind, decimals, sector. */
export const INDICATOR_FAMILIES = [
  ["Doanh thu dịch vụ viễn thông", "tỷ đồng", "flow", 2, "postal_telecom"],
  ["Số thuê bao điện thoại di động", "thuê bao", "stock", 0, "postal_telecom"],
  ["Số thuê bao Internet băng rộng cố định", "thuê bao", "stock", 0, "postal_telecom"],
  ["Doanh thu dịch vụ bưu chính", "tỷ đồng", "flow", 2, "postal_telecom"],
  ["Số giờ phát sóng phát thanh", "giờ", "flow", 0, "broadcasting"],
  ["Số giờ phát sóng truyền hình", "giờ", "flow", 0, "broadcasting"],
  ["Sản lượng in", "triệu trang in tiêu chuẩn", "flow", 1, "printing"],
  ["Số bản sách phát hành", "bản", "flow", 0, "publishing"],
  ["Số tin, bài đăng tải", "tin, bài", "flow", 0, "press"],
  ["Tỷ lệ hồ sơ giải quyết trực tuyến", "%", "ratio", 1, "it"],
] as const;
