import { describe, expect, it } from "vitest";
import { countQueries } from "@/test/query-count";
import { db } from "@/test/db";
import { createAgency, createPerson, unique } from "@/test/factories";
import {
  getAgencyDetail,
  getPersonDetail,
  isAgencySearch,
  listAgencyPeople,
  listAllAgencies,
  listChildAgencies,
  listPeople,
  parseAgencyListParams,
  parsePeopleListParams,
  searchAgencies,
} from "./queries";
import { agencyStatus, buildTree } from "./rules";

describe("list parameters", () => {
  it("keeps known agency filters and drops the rest", () => {
    expect(parseAgencyListParams({ q: "  Sở ", kind: "press", inactive: "1", expand: "1" })).toEqual({ q: "Sở", kind: "press", inactive: true, expand: true });
    expect(parseAgencyListParams({ q: " ", kind: "ministry", inactive: "yes" })).toEqual({ q: undefined, kind: undefined, inactive: false, expand: false });
    expect(isAgencySearch(parseAgencyListParams({ inactive: "1" }))).toBe(false);
    expect(isAgencySearch(parseAgencyListParams({ kind: "press" }))).toBe(true);
  });

  it("keeps a valid agency id and page for people", () => {
    expect(parsePeopleListParams({ q: "hoa", agency: "12", page: "3" })).toEqual({ q: "hoa", agencyId: 12, inactive: false, page: 3 });
    expect(parsePeopleListParams({ agency: "abc", page: "0" })).toEqual({ q: undefined, agencyId: undefined, inactive: false, page: 1 });
  });
});

describe("agencies", () => {
  it("loads every agency with its successor's name in one query, ready for the tree", async () => {
    const top = await createAgency(db(), { name: unique("UBND tỉnh"), kind: "provincial_body" });
    const successor = await createAgency(db(), { name: unique("Sở KH&CN"), parentId: top.id });
    const merged = await createAgency(db(), { name: unique("Sở TT&TT"), parentId: top.id, validTo: "2025-02-28", successorId: successor.id });
    const unit = await createAgency(db(), { name: unique("Phòng BCVT"), parentId: merged.id });

    const { result: all, queries } = await countQueries(() => listAllAgencies(db()));
    expect(queries).toBe(1);
    expect(all.find((a) => a.id === merged.id)).toMatchObject({ successorId: successor.id, successorName: successor.name, validTo: "2025-02-28" });
    const root = buildTree(all).find((node) => node.item.id === top.id);
    expect(root?.children.map((child) => child.item.id).sort()).toEqual([successor.id, merged.id].sort());
    expect(root?.children.find((child) => child.item.id === merged.id)?.children.map((child) => child.item.id)).toEqual([unit.id]);
  });

  it("searches name, short name and code without regard to case or diacritics, with the parent path", async () => {
    const marker = unique("q").toUpperCase();
    const top = await createAgency(db(), { name: `Ủy ban ${marker}`, shortName: "UBND" });
    const byName = await createAgency(db(), { name: `Phòng Văn hóa Điện Biên Đông ${marker}`, parentId: top.id });
    const byShort = await createAgency(db(), { name: unique("Đài"), shortName: `Đài TT-TH ${marker}`, kind: "radio_tv" });
    const byCode = await createAgency(db(), { name: unique("Báo"), code: `${marker}-BAO`.slice(0, 20), kind: "press" });
    const all = await listAllAgencies(db());
    const everything = () => true;

    const folded = searchAgencies(all, { q: `van hoa dien bien dong ${marker.toLowerCase()}`, inactive: false, expand: false }, everything);
    expect(folded.map((match) => match.agency.id)).toEqual([byName.id]);
    expect(folded[0].path.map((a) => a.id)).toEqual([top.id]);

    const byMarker = searchAgencies(all, { q: marker.toLowerCase(), inactive: false, expand: false }, everything);
    expect(byMarker.map((match) => match.agency.id).sort()).toEqual([top.id, byName.id, byShort.id, byCode.id].sort());

    const pressOnly = searchAgencies(all, { q: marker, kind: "press", inactive: false, expand: false }, everything);
    expect(pressOnly.map((match) => match.agency.id)).toEqual([byCode.id]);
  });

  it("leaves closed agencies out unless asked", async () => {
    const marker = unique("dong");
    const open = await createAgency(db(), { name: `${marker} mở` });
    const closed = await createAgency(db(), { name: `${marker} đã giải thể`, validTo: "2020-12-31" });
    const all = await listAllAgencies(db());
    const today = "2025-07-01";
    const activeOnly = searchAgencies(all, { q: marker, inactive: false, expand: false }, (a) => agencyStatus(a, today) !== "closed");
    expect(activeOnly.map((m) => m.agency.id)).toEqual([open.id]);
    const withClosed = searchAgencies(all, { q: marker, inactive: true, expand: false }, () => true);
    expect(withClosed.map((m) => m.agency.id).sort()).toEqual([open.id, closed.id].sort());
  });

  it("reads one agency with its parent and successor names, its units and its people, one query each", async () => {
    const parent = await createAgency(db(), { name: unique("UBND") });
    const successor = await createAgency(db(), { name: unique("Sở mới") });
    const agency = await createAgency(db(), { name: unique("Sở cũ"), code: unique("C").toUpperCase(), parentId: parent.id, validTo: "2025-02-28", successorId: successor.id });
    const childB = await createAgency(db(), { name: `B ${unique()}`, parentId: agency.id });
    const childA = await createAgency(db(), { name: `A ${unique()}`, parentId: agency.id });
    await createAgency(db(), { parentId: childA.id }); // a grandchild is not a direct unit
    const gone = await createPerson(db(), { fullName: "An Văn Cũ", agencyId: agency.id, active: false });
    const here = await createPerson(db(), { fullName: "Bùi Thị Mới", agencyId: agency.id });
    await createPerson(db(), { agencyId: parent.id });

    const { result, queries } = await countQueries(() =>
      Promise.all([getAgencyDetail(db(), agency.id), listChildAgencies(db(), agency.id), listAgencyPeople(db(), agency.id)]),
    );
    const [detail, children, members] = result;
    expect(queries).toBe(3);
    expect(detail).toMatchObject({ id: agency.id, parentName: parent.name, successorName: successor.name, version: 1, validTo: "2025-02-28" });
    expect(children.map((child) => child.id)).toEqual([childA.id, childB.id]);
    expect(members.map((person) => person.id)).toEqual([here.id, gone.id]);
    expect(members[0].agencyName).toBe(agency.name);
  });

  it("returns null for an unknown agency", async () => {
    expect(await getAgencyDetail(db(), 2_000_000_000)).toBeNull();
  });
});

describe("people", () => {
  it("finds people by name, position, agency, phone or e-mail, ignoring case and diacritics", async () => {
    const marker = unique("p").toLowerCase();
    const agency = await createAgency(db(), { name: `Sở Thông tin ${marker}` });
    const byName = await createPerson(db(), { fullName: `Giàng Thị Hoa ${marker}` });
    const byPosition = await createPerson(db(), { fullName: unique("Lò"), position: `Phó Chủ tịch UBND tỉnh ${marker}` });
    const byAgency = await createPerson(db(), { fullName: unique("Quàng"), agencyId: agency.id });
    const byEmail = await createPerson(db(), { fullName: unique("Lường"), email: `${marker}@stttt.example.vn` });
    await createPerson(db(), { fullName: unique("Không liên quan") });

    const all = await listPeople(db(), { q: marker.toUpperCase(), inactive: false, page: 1 });
    expect(all.rows.map((row) => row.id).sort()).toEqual([byName.id, byPosition.id, byAgency.id, byEmail.id].sort());
    expect(all.total).toBe(4);
    expect(all.rows.find((row) => row.id === byAgency.id)?.agencyName).toBe(agency.name);

    const folded = await listPeople(db(), { q: `giang thi HOA ${marker}`, inactive: false, page: 1 });
    expect(folded.rows.map((row) => row.id)).toEqual([byName.id]);
    const foldedPosition = await listPeople(db(), { q: `pho chu tich ubnd tinh ${marker}`, inactive: false, page: 1 });
    expect(foldedPosition.rows.map((row) => row.id)).toEqual([byPosition.id]);
  });

  it("matches a phone number whatever the separators", async () => {
    const digits = String(Date.now()).slice(-7);
    const person = await createPerson(db(), { phone: `0215.${digits.slice(0, 3)}.${digits.slice(3)}` });
    const { rows } = await listPeople(db(), { q: `0215 ${digits.slice(0, 3)} ${digits.slice(3)}`, inactive: false, page: 1 });
    expect(rows.map((row) => row.id)).toEqual([person.id]);
  });

  it("never reads % and _ in the search as wildcards", async () => {
    const marker = unique("pct").toLowerCase();
    // "q", not a hex digit: the last word typed is matched as a word's beginning, and a marker
    // whose random part began with the letter searched for matched both people (1 run in 16).
    const underscore = await createPerson(db(), { fullName: `${marker} a_q` });
    await createPerson(db(), { fullName: `${marker} abq` });
    const ids = async (q: string) => (await listPeople(db(), { q, inactive: false, page: 1 })).rows.map((row) => row.id);
    expect(await ids(`${marker} a_q`)).toEqual([underscore.id]);
    expect(await ids(`${marker} %q`)).toEqual([underscore.id]);
  });

  it("filters by agency and hides people no longer active unless asked", async () => {
    const agency = await createAgency(db());
    const active = await createPerson(db(), { agencyId: agency.id });
    const inactive = await createPerson(db(), { agencyId: agency.id, active: false });
    await createPerson(db());
    expect((await listPeople(db(), { agencyId: agency.id, inactive: false, page: 1 })).rows.map((row) => row.id)).toEqual([active.id]);
    const withInactive = await listPeople(db(), { agencyId: agency.id, inactive: true, page: 1 });
    expect(withInactive.rows.map((row) => row.id).sort()).toEqual([active.id, inactive.id].sort());
    expect(withInactive.total).toBe(2);
  });

  it("pages in name order with the total, in one query whatever the page size", async () => {
    const agency = await createAgency(db());
    for (const name of ["Chu", "An", "Đinh", "Bùi", "Cao"]) await createPerson(db(), { fullName: `${name} ${unique()}`, agencyId: agency.id });
    const filters = { agencyId: agency.id, inactive: false };
    const { result: second, queries } = await countQueries(() => listPeople(db(), { ...filters, page: 2 }, 2));
    expect(queries).toBe(1);
    expect(second.total).toBe(5);
    expect(second.rows.map((row) => row.fullName.split(" ")[0])).toEqual(["Cao", "Chu"]);
    expect((await listPeople(db(), { ...filters, page: 3 }, 2)).rows).toHaveLength(1);
    // Past the end there is no row to carry the total: a second (count) query gives it.
    const beyond = await countQueries(() => listPeople(db(), { ...filters, page: 9 }, 2));
    expect(beyond.result).toEqual({ rows: [], total: 5 });
    expect(beyond.queries).toBe(2);
  });

  it("reads one person with the agency name and version, or null", async () => {
    const agency = await createAgency(db());
    const person = await createPerson(db(), { agencyId: agency.id, phone: "0215 3825 000" });
    expect(await getPersonDetail(db(), person.id)).toMatchObject({ id: person.id, agencyName: agency.name, phone: "0215 3825 000", version: 1, active: true });
    expect(await getPersonDetail(db(), 2_000_000_000)).toBeNull();
  });
});
