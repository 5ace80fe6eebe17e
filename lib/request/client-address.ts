import { BlockList, isIP } from "node:net";

/**
 * Which address a request came from, when proxies in front of the app append hops to
 * X-Forwarded-For. The client writes whatever it likes at the left of that header, so the
 * only hops to believe are those appended by proxies we trust: walk from the right, skip
 * trusted proxies, and the first other hop is the client. The app server appends the
 * socket's own address as the last hop (lib/request/peer-address.ts), so with no trusted
 * proxies (the default) the address is the socket's.
 */
export interface TrustedProxies {
  has(address: string): boolean;
  /** The configuration as written, for messages. */
  readonly entries: readonly string[];
}

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
export function normaliseAddress(raw: string): string {
  const address = raw.trim().replace(/^\[(.*)\]$/, "$1");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address;
}

/**
 * Parses TRUSTED_PROXIES: addresses and CIDR ranges separated by commas or spaces
 * ("10.0.0.0/8, 192.168.1.5, fd00::/8"). Throws on the first entry that is neither.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  const entries = (value ?? "").split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split("/");
    const kind = isIP(normaliseAddress(address));
    const bits = prefix === undefined ? null : Number(prefix);
    const maxBits = kind === 4 ? 32 : 128;
    if (kind === 0 || rest.length > 0 || (bits !== null && (!Number.isInteger(bits) || bits < 0 || bits > maxBits)) || prefix === "") {
      throw new Error(`"${entry}" is not an IP address or CIDR range`);
    }
    const type = kind === 4 ? "ipv4" : "ipv6";
    if (bits === null) list.addAddress(normaliseAddress(address), type);
    else list.addSubnet(normaliseAddress(address), bits, type);
  }
  return {
    entries,
    has(candidate) {
      const address = normaliseAddress(candidate);
      const kind = isIP(address);
      return kind !== 0 && list.check(address, kind === 4 ? "ipv4" : "ipv6");
    },
  };
}

/** The client's address from X-Forwarded-For (its last hop being the socket's address), or "unknown". */
export function clientAddress(forwardedFor: string | null, trusted: TrustedProxies): string {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map(normaliseAddress)
    .filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index--) {
    if (!trusted.has(hops[index])) return hops[index];
  }
  // Every hop is a trusted proxy: the request started at one of them.
  return hops[0] ?? "unknown";
}
