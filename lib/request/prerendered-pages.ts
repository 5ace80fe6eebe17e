import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/*
 * Pages Next prerenders at build time and serves as files. They carry no CSP nonce (there is
 * no request when they are rendered), so proxy.ts allows their inline scripts by hash instead:
 * the SHA-256 of each inline <script> of the built HTML, read from the build output the first
 * time the page is asked for. No file (next dev, or a build without the page) means no
 * prerendered page: the proxy then sends the request to the page rendered per request.
 */

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
const hashesByFile = new Map<string, string[] | null>();

/** The CSP source expressions ('sha256-…') of the inline scripts of a built page, or null when it is not prerendered. */
export function inlineScriptHashes(route: string): string[] | null {
  const file = path.join(/*turbopackIgnore: true*/ process.cwd(), ".next", "server", "app", `${route.replace(/^\//, "")}.html`);
  if (process.env.NODE_ENV !== "production") return null;
  if (!hashesByFile.has(file)) {
    let html: string | null = null;
    try {
      html = fs.readFileSync(file, "utf8");
    } catch {
      html = null;
    }
    const hashes = html === null ? null : [...html.matchAll(INLINE_SCRIPT)].map(([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
    hashesByFile.set(file, hashes);
  }
  return hashesByFile.get(file) ?? null;
}
