import { describe, expect, it } from "vitest";
import { queryCounter } from "@/db/client";
import { createAgencies, createConferences } from "@/scripts/bench/test-data";
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

    queryCounter.count = 0;
    queryCounter.enabled = true;
    const withSelected = await listDirectiveConferenceOptions(db(), secretariat, oldest);
    queryCounter.enabled = false;
    expect(queryCounter.count).toBe(1);
    expect(withSelected).toHaveLength(CONFERENCE_OPTION_LIMIT + 1);
    expect(withSelected.at(-1)?.value).toBe(String(oldest));
    // A selected conference among the newest is not offered twice.
    expect(await listDirectiveConferenceOptions(db(), secretariat, conferenceIds.at(-1))).toHaveLength(CONFERENCE_OPTION_LIMIT);
  });
});
