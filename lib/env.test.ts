import { describe, expect, it } from "vitest";
import { environmentProblems } from "./env";

describe("environmentProblems", () => {
  it("accepts an empty environment (every variable has a default) and a full, valid one", () => {
    expect(environmentProblems({})).toEqual([]);
    expect(
      environmentProblems({
        DATABASE_URL: "postgres://nghisu:mat-khau@db.internal:5432/nghisu",
        AUTH_SECRET: "bXQgY2hpZSBraG9hIGJpIG1hdCBkdSBkYWk=",
        NEXTAUTH_URL: "https://hoinghi.example.gov.vn",
        PORT: "3000",
        NGHISU_DEMO: "0",
        DATABASE_POOL_MAX: "20",
        DATABASE_PREPARE: "1",
        TRUSTED_PROXIES: "10.0.0.0/8, 192.168.1.5",
        LOG_LEVEL: "warn",
        NODE_ENV: "production",
        PGLITE_UNRELATED: "ignored",
      }),
    ).toEqual([]);
    // An empty value is the default, as the README says.
    expect(environmentProblems({ PORT: "", DATABASE_URL: "" })).toEqual([]);
  });

  it("names each bad variable with a message, in Vietnamese and English", () => {
    const problems = environmentProblems({
      DATABASE_URL: "mysql://db/nghisu",
      PORT: "70000",
      DATABASE_POOL_MAX: "nhiều",
      NGHISU_DEMO: "có",
      DATABASE_PREPARE: "no",
      NEXTAUTH_URL: "hoinghi.example.gov.vn",
      TRUSTED_PROXIES: "10.0.0.0/8, proxy.internal",
      LOG_LEVEL: "loud",
      AUTH_SECRET: "ngan",
    });
    const named = problems.map((line) => line.split(":")[0]).sort();
    expect(named).toEqual(["AUTH_SECRET", "DATABASE_POOL_MAX", "DATABASE_PREPARE", "DATABASE_URL", "LOG_LEVEL", "NEXTAUTH_URL", "NGHISU_DEMO", "PORT", "TRUSTED_PROXIES"]);
    expect(problems.find((line) => line.startsWith("TRUSTED_PROXIES"))).toContain("proxy.internal");
    expect(problems.find((line) => line.startsWith("PORT"))).toContain("65535");
    expect(problems).toHaveLength(9);
  });

  it("requires a shared AUTH_SECRET for PostgreSQL in production", () => {
    const problems = environmentProblems({ NODE_ENV: "production", DATABASE_URL: "postgres://db/nghisu" });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^AUTH_SECRET: bắt buộc/);
  });
});
