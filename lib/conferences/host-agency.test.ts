import { describe, expect, it } from "vitest";
import { hostGoneOnConferenceDay } from "./host-agency";

describe("a conference hosted by a merged agency", () => {
  it("is flagged only while it lies ahead and the host ends before its day", () => {
    expect(hostGoneOnConferenceDay("2025-02-28", "2025-07-02", "2025-06-01")).toBe(true);
    expect(hostGoneOnConferenceDay("2025-02-28", "2025-02-28", "2025-01-01")).toBe(false);
    expect(hostGoneOnConferenceDay("2025-02-28", "2025-07-02", "2025-08-01")).toBe(false);
    expect(hostGoneOnConferenceDay(null, "2025-07-02", "2025-06-01")).toBe(false);
  });
});
