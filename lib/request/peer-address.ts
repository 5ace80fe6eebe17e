import http from "node:http";

const PATCHED = Symbol.for("nghisu.peerAddressInForwardedFor");
type PatchedPrototype = typeof http.Server.prototype & { [PATCHED]?: true };

/**
 * `next start` passes X-Forwarded-For on as the client sent it and only fills it in with the
 * socket's address when it is missing, so a client that sends its own header hides its real
 * address. This appends the socket's address to the header of every request, as a proxy
 * does, before Next sees it: the last hop is then always one the client cannot choose
 * (lib/request/client-address.ts decides which hops to believe). Called once at start-up
 * from instrumentation.ts, in the process that owns the HTTP server.
 */
export function appendPeerAddressToForwardedFor(): void {
  const proto = http.Server.prototype as PatchedPrototype;
  if (proto[PATCHED]) return;
  proto[PATCHED] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function emitWithPeerAddress(this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request" && args[0] instanceof http.IncomingMessage) appendPeer(args[0]);
    return emit.apply(this, [event, ...args]);
  };
}

export function appendPeer(request: http.IncomingMessage): void {
  const peer = request.socket?.remoteAddress;
  if (!peer) return;
  const prior = request.headers["x-forwarded-for"];
  const hops = Array.isArray(prior) ? prior.join(", ") : prior;
  request.headers["x-forwarded-for"] = hops ? `${hops}, ${peer}` : peer;
}
