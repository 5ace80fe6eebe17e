import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { getAuthSecret } from "./secret";
import { decodeSessionCookie, sessionCookieFromHeader } from "./session-cookie";

const cookieFor = (uid: number, maxAge = 3_600, secret = getAuthSecret()) =>
  encode({ token: { uid, sv: 1, sid: `s-${uid}` }, secret, maxAge });

afterEach(() => {
  vi.useRealTimers();
});

describe("the session cookie's claims", () => {
  it("reads who the cookie names, the same again when the cookie comes back", async () => {
    const raw = await cookieFor(41);
    expect(await decodeSessionCookie(raw)).toEqual({ uid: 41, sv: 1, sid: "s-41" });
    expect(await decodeSessionCookie(raw)).toEqual({ uid: 41, sv: 1, sid: "s-41" });
    expect(Object.isFrozen(await decodeSessionCookie(raw))).toBe(true);
  });

  it("refuses a cookie under another secret, a tampered one and no cookie", async () => {
    expect(await decodeSessionCookie(await cookieFor(42, 3_600, "another-secret-another-secret-123"))).toBeNull();
    const raw = await cookieFor(43);
    const tampered = `${raw.slice(0, -4)}${raw.slice(-4) === "AAAA" ? "BBBB" : "AAAA"}`;
    expect(await decodeSessionCookie(tampered)).toBeNull();
    expect(await decodeSessionCookie(undefined)).toBeNull();
  });

  it("stops reading a cookie that verified once when it expires", async () => {
    const raw = await cookieFor(44, 60);
    expect(await decodeSessionCookie(raw)).toMatchObject({ uid: 44 });
    // Past its expiry and next-auth's 15 seconds of clock tolerance.
    vi.useFakeTimers({ now: Date.now() + 120_000, toFake: ["Date"] });
    expect(await decodeSessionCookie(raw)).toBeNull();
  });

  it("finds the session cookie among the others in a Cookie header", () => {
    expect(sessionCookieFromHeader("NEXT_LOCALE=en; next-auth.session-token=a=b")).toBe("a=b");
    expect(sessionCookieFromHeader(undefined)).toBeUndefined();
  });
});
