import { describe, expect, it } from "vitest";
import { compareVi, sortVi } from "./collation";

describe("Vietnamese collation", () => {
  it("put Đ after D (not after Z), Ă/Â after A, tone marks second, numbers by value", () => {
    const names = ["Eo", "Điện Biên", "Dân", "Ăn", "Ánh", "Anh", "Bình", "Phòng 10", "Phòng 2", "Zeta"];
    expect([...names].sort(compareVi)).toEqual(["Anh", "Ánh", "Ăn", "Bình", "Dân", "Điện Biên", "Eo", "Phòng 2", "Phòng 10", "Zeta"]);
    expect(sortVi([{ n: "Đài" }, { n: "Dung" }], (r) => r.n).map((r) => r.n)).toEqual(["Dung", "Đài"]);
  });
});
