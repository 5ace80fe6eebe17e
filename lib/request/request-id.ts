/** The header that carries a request's id from the proxy (proxy.ts) to handlers and logs, and back to the client. */
export const REQUEST_ID_HEADER = "x-request-id";

// An id a load balancer already gave the request is kept if it looks like one; anything else is replaced.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{8,100}$/;

export function requestIdFrom(headers: Pick<Headers, "get">): string | null {
  const id = headers.get(REQUEST_ID_HEADER);
  return id && ACCEPTABLE_ID.test(id) ? id : null;
}

/** The request's id: the incoming one when acceptable, else a new one. */
export function ensureRequestId(headers: Pick<Headers, "get">): string {
  return requestIdFrom(headers) ?? crypto.randomUUID();
}
