import { describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { db } from "@/test/db";
import { checkHealth } from "./health";

describe("checkHealth", () => {
  it("is ok when the database answers", async () => {
    expect(await checkHealth(db)).toEqual({ status: "ok", database: "ok" });
  });

  it("is unavailable, and tells nothing of why, when the database fails", async () => {
    const broken = {
      execute: () => Promise.reject(new Error("connect ECONNREFUSED 10.0.0.5:5432 password=secret")),
    } as unknown as Db;
    const report = await checkHealth(() => broken);
    expect(report).toEqual({ status: "unavailable", database: "unavailable" });
    expect(JSON.stringify(report)).not.toMatch(/ECONNREFUSED|secret/);
  });
});
