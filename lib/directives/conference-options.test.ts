import { describe, expect, it } from "vitest";
import { countQueries } from "@/test/query-count";
import { createAgencies, createConferences, createTasks } from "@/scripts/bench/test-data";
import { db } from "@/test/db";
import { CONFERENCE_OPTION_LIMIT, listDirectiveConferenceOptions } from "./list-queries";

describe("the conference filter's options", () => {
  it("offers the newest conferences with directives, newest first, and keeps an older selected one, in one statement", async () => {
    const [host, unit] = await createAgencies(db(), 2);
    // One a day from 2030 on, so these are the newest in the test database whatever else it holds.
    const { conferenceIds } = await createConferences(db(), CONFERENCE_OPTION_LIMIT + 2, host, unit, "2030-01-01");
    const secretariat = { id: 0, role: "secretariat" as const, agencyId: null };
    const oldest = conferenceIds[0];

    const plain = await listDirectiveConferenceOptions(db(), secretariat);
    expect(plain).toHaveLength(CONFERENCE_OPTION_LIMIT);
    expect(plain[0].value).toBe(String(conferenceIds.at(-1)));
    expect(plain.some((option) => option.value === String(oldest))).toBe(false);

    const { result: withSelected, queries } = await countQueries(() => listDirectiveConferenceOptions(db(), secretariat, oldest));
    expect(queries).toBe(1);
    expect(withSelected).toHaveLength(CONFERENCE_OPTION_LIMIT + 1);
    expect(withSelected.at(-1)?.value).toBe(String(oldest));
    // A selected conference among the newest is not offered twice.
    expect(await listDirectiveConferenceOptions(db(), secretariat, conferenceIds.at(-1))).toHaveLength(CONFERENCE_OPTION_LIMIT);
  });

  it("offers a unit officer only conferences with a task of their unit, newest first, and a selected one only if it has one", async () => {
    const [host, unit, other] = await createAgencies(db(), 3);
    const { conferenceIds, directiveIds } = await createConferences(db(), 6, host, unit, "2031-01-01");
    // The unit leads a task in conferences 0, 2 and 4, coordinates one in 5; conferences 1 and 3 are another unit's alone.
    await createTasks(db(), 3, [directiveIds[0], directiveIds[2], directiveIds[4]], [unit], []);
    await createTasks(db(), 2, [directiveIds[1], directiveIds[3]], [other], []);
    await createTasks(db(), 1, [directiveIds[5]], [other], [unit]);
    const officer = { id: 0, role: "unit_officer" as const, agencyId: unit };
    const offered = async (selected?: number) => (await listDirectiveConferenceOptions(db(), officer, selected)).map((option) => Number(option.value));

    expect(await offered()).toEqual([5, 4, 2, 0].map((i) => conferenceIds[i]));
    expect(await offered(conferenceIds[0])).toEqual([5, 4, 2, 0].map((i) => conferenceIds[i]));
    // Another unit's conference, selected by a guessed URL, is not offered.
    expect(await offered(conferenceIds[3])).toEqual([5, 4, 2, 0].map((i) => conferenceIds[i]));
    // A unit without tasks has nothing to filter by.
    expect(await listDirectiveConferenceOptions(db(), { ...officer, agencyId: host }, conferenceIds[0])).toEqual([]);
  });
});
