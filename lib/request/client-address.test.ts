import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "./client-address";
import { appendPeerAddressToForwardedFor } from "./peer-address";

const none = parseTrustedProxies(undefined);

describe("clientAddress", () => {
  it("with no trusted proxies takes the last hop (the socket's address), whatever the client wrote before it", () => {
    expect(clientAddress("1.2.3.4, 198.51.100.20", none)).toBe("198.51.100.20");
    expect(clientAddress("198.51.100.20", none)).toBe("198.51.100.20");
    expect(clientAddress("::ffff:127.0.0.1", none)).toBe("127.0.0.1");
    expect(clientAddress(null, none)).toBe("unknown");
  });

  it("skips the hops of trusted proxies from the right and stops at the first other one", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 192.168.1.5 fd00::/8");
    // The client claims 1.2.3.4; the load balancer (10.0.0.2) saw 203.0.113.9 and appended it.
    expect(clientAddress("1.2.3.4, 203.0.113.9, 10.0.0.2", trusted)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9, 192.168.1.5", trusted)).toBe("203.0.113.9");
    expect(clientAddress("2001:db8::1, fd00::7", trusted)).toBe("2001:db8::1");
    // Every hop trusted: the request began at a proxy.
    expect(clientAddress("10.0.0.3, 10.0.0.2", trusted)).toBe("10.0.0.3");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or range", () => {
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/10.0.0.0\/33/);
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/proxy.internal/);
    expect(() => parseTrustedProxies("10.0.0.1/")).toThrow();
    expect(parseTrustedProxies("").entries).toEqual([]);
  });
});

describe("appendPeerAddressToForwardedFor", () => {
  it("appends the socket's address to the header a client sent, on a real HTTP server", async () => {
    appendPeerAddressToForwardedFor();
    const server = http.createServer((request, response) => response.end(String(request.headers["x-forwarded-for"])));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const spoofed = await (await fetch(url, { headers: { "x-forwarded-for": "1.2.3.4" } })).text();
      expect(spoofed).toBe("1.2.3.4, 127.0.0.1");
      expect(clientAddress(spoofed, none)).toBe("127.0.0.1");
      expect(await (await fetch(url)).text()).toBe("127.0.0.1");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
