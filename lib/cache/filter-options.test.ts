import { describe, expect, it } from "vitest";
import { sharedFilterOptions } from "./filter-options";
import { noteDataChanged } from "./recent-results";

describe("shared filter options", () => {
  it("are read once per name until a change on this server retires them", async () => {
    let reads = 0;
    const read = async () => [{ id: 1, name: `Sở Thông tin và Truyền thông ${++reads}` }];
    expect(await sharedFilterOptions("agencies-test", read)).toEqual([{ id: 1, name: "Sở Thông tin và Truyền thông 1" }]);
    expect(await sharedFilterOptions("agencies-test", read)).toEqual([{ id: 1, name: "Sở Thông tin và Truyền thông 1" }]);
    expect(await sharedFilterOptions("periods-test", async () => ["2012-H1"])).toEqual(["2012-H1"]);
    expect(reads).toBe(1);
    noteDataChanged();
    expect(await sharedFilterOptions("agencies-test", read)).toEqual([{ id: 1, name: "Sở Thông tin và Truyền thông 2" }]);
  });
});
