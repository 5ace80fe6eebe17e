import { afterEach, describe, expect, it, vi } from "vitest";
import { publicOrigin } from "./public-origin";

describe("publicOrigin", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("prefer NEXTAUTH_URL over whatever the request says", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://hoinghi.example.gov.vn/");
    expect(publicOrigin(new Headers({ host: "localhost:3000" }), "http://localhost:3000/api/x")).toBe("https://hoinghi.example.gov.vn");
  });

  it("take the host the client asked for behind a proxy, not the upstream's localhost", () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    const headers = new Headers({ host: "localhost:3000", "x-forwarded-host": "hoinghi.dienbien.gov.vn", "x-forwarded-proto": "https" });
    expect(publicOrigin(headers, "http://localhost:3000/api/x")).toBe("https://hoinghi.dienbien.gov.vn");
  });

  it("use the Host header without a proxy", () => {
    vi.stubEnv("NEXTAUTH_URL", "");
    expect(publicOrigin(new Headers({ host: "10.1.2.3:8080" }), "http://localhost:8080/api/x")).toBe("http://10.1.2.3:8080");
  });
});
