import type { AgencyKind } from "@/db/schema";

/**
 * The Điện Biên directory as the seed article (02/07/2012) describes it: the Department
 * of Information and Communications under the Provincial People's Committee, its divisions,
 * the press, publishing, printing and distribution, postal and telecom enterprises, and the
 * culture-information offices and radio-TV stations of the districts, town and city.
 * `code` is the natural key that makes seeding idempotent.
 */
export interface SeedAgency {
  code: string;
  name: string;
  shortName?: string;
  kind: AgencyKind;
  parent?: string;
}

const districts: { code: string; name: string; level: "thành phố" | "thị xã" | "huyện" }[] = [
  { code: "DBP", name: "Điện Biên Phủ", level: "thành phố" },
  { code: "ML", name: "Mường Lay", level: "thị xã" },
  { code: "DB", name: "Điện Biên", level: "huyện" },
  { code: "DBD", name: "Điện Biên Đông", level: "huyện" },
  { code: "MA", name: "Mường Ảng", level: "huyện" },
  { code: "TG", name: "Tuần Giáo", level: "huyện" },
  { code: "TC", name: "Tủa Chùa", level: "huyện" },
  { code: "MC", name: "Mường Chà", level: "huyện" },
  { code: "MN", name: "Mường Nhé", level: "huyện" },
];

export const seedAgencies: SeedAgency[] = [
  { code: "UBND", name: "Ủy ban nhân dân tỉnh Điện Biên", shortName: "UBND tỉnh", kind: "provincial_body" },
  { code: "STTTT", name: "Sở Thông tin và Truyền thông tỉnh Điện Biên", shortName: "Sở TT&TT", kind: "provincial_body", parent: "UBND" },
  { code: "VP", name: "Văn phòng Sở", shortName: "Văn phòng", kind: "department_division", parent: "STTTT" },
  { code: "TTRA", name: "Thanh tra Sở", shortName: "Thanh tra", kind: "department_division", parent: "STTTT" },
  { code: "KHTC", name: "Phòng Kế hoạch - Tài chính", shortName: "Phòng KH-TC", kind: "department_division", parent: "STTTT" },
  { code: "BCVT", name: "Phòng Bưu chính, Viễn thông", shortName: "Phòng BCVT", kind: "department_division", parent: "STTTT" },
  { code: "CNTT", name: "Phòng Công nghệ thông tin", shortName: "Phòng CNTT", kind: "department_division", parent: "STTTT" },
  { code: "BCXB", name: "Phòng Báo chí - Xuất bản", shortName: "Phòng BC-XB", kind: "department_division", parent: "STTTT" },
  { code: "TTCNTT", name: "Trung tâm Công nghệ thông tin và Truyền thông", shortName: "Trung tâm CNTT&TT", kind: "department_division", parent: "STTTT" },
  { code: "BAODBP", name: "Báo Điện Biên Phủ", kind: "press" },
  { code: "DPTTH", name: "Đài Phát thanh - Truyền hình tỉnh Điện Biên", shortName: "Đài PT-TH tỉnh", kind: "radio_tv" },
  { code: "TCVN", name: "Tạp chí Văn nghệ Điện Biên Phủ", kind: "press" },
  { code: "SACH", name: "Công ty Cổ phần Sách - Thiết bị trường học Điện Biên", shortName: "Công ty Sách - TBTH", kind: "publisher" },
  { code: "IN", name: "Công ty Cổ phần In Điện Biên", shortName: "Công ty In", kind: "printing" },
  { code: "BDT", name: "Bưu điện tỉnh Điện Biên", kind: "postal_telecom" },
  { code: "VNPT", name: "Viễn thông Điện Biên (VNPT)", shortName: "VNPT Điện Biên", kind: "postal_telecom" },
  { code: "VIETTEL", name: "Viettel Điện Biên", kind: "postal_telecom" },
  { code: "MOBIFONE", name: "MobiFone Điện Biên", kind: "postal_telecom" },
  ...districts.flatMap(({ code, name, level }): SeedAgency[] => [
    { code: `UBND-${code}`, name: `Ủy ban nhân dân ${level} ${name}`, shortName: `UBND ${level} ${name}`, kind: "other", parent: "UBND" },
    { code: `VHTT-${code}`, name: `Phòng Văn hóa và Thông tin ${level} ${name}`, shortName: `Phòng VH-TT ${name}`, kind: "district_office", parent: `UBND-${code}` },
    { code: `TTTH-${code}`, name: `Đài Truyền thanh - Truyền hình ${level} ${name}`, shortName: `Đài TT-TH ${name}`, kind: "radio_tv", parent: `UBND-${code}` },
  ]),
];

/** People of the demo. Giàng Thị Hoa is named in the article; the others are illustrative. */
export const seedPeople: { fullName: string; position: string; agency: string; phone?: string; email?: string }[] = [
  { fullName: "Giàng Thị Hoa", position: "Ủy viên BCH Đảng bộ tỉnh, Phó Chủ tịch UBND tỉnh", agency: "UBND" },
  { fullName: "Lò Văn Thắng", position: "Giám đốc Sở", agency: "STTTT", phone: "0215 3825 000", email: "giamdoc@stttt.example.vn" },
  { fullName: "Nguyễn Thị Lan", position: "Phó Giám đốc Sở", agency: "STTTT" },
  { fullName: "Trần Minh Đức", position: "Chánh Văn phòng Sở", agency: "VP", email: "vanphong@stttt.example.vn" },
  { fullName: "Quàng Văn Hải", position: "Trưởng phòng Bưu chính, Viễn thông", agency: "BCVT" },
  { fullName: "Lường Thị Mai", position: "Trưởng phòng Văn hóa và Thông tin", agency: "VHTT-DBP" },
];

export const DEMO_PASSWORD = "nghisu-demo";

/** `person` links the account to its directory entry (the leader's directives are "mine" through it). */
export const demoUsers: { username: string; displayName: string; role: "admin" | "secretariat" | "leader" | "unit_officer" | "viewer"; agency: string; person?: string }[] = [
  { username: "admin", displayName: "Quản trị hệ thống", role: "admin", agency: "STTTT" },
  { username: "vanphong", displayName: "Văn phòng Sở", role: "secretariat", agency: "VP" },
  { username: "lanhdao", displayName: "Lò Văn Thắng", role: "leader", agency: "STTTT", person: "Lò Văn Thắng" },
  { username: "bcvt", displayName: "Cán bộ Phòng Bưu chính, Viễn thông", role: "unit_officer", agency: "BCVT" },
  { username: "phongvhtt", displayName: "Cán bộ Phòng VH-TT TP Điện Biên Phủ", role: "unit_officer", agency: "VHTT-DBP" },
  { username: "theodoi", displayName: "Cán bộ theo dõi", role: "viewer", agency: "STTTT" },
  // An enterprise that reports its figures (indicator reports) for the period.
  { username: "viettel", displayName: "Cán bộ Viettel Điện Biên", role: "unit_officer", agency: "VIETTEL" },
];
