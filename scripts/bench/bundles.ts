import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";

/*
 * First-load JavaScript per route, from the build output. Next 16 (Turbopack) no longer prints
 * sizes; it writes, per route, .next/server/app/<route>/page_client-reference-manifest.js whose
 * `entryJSFiles` lists the client chunks of the route's page and of every layout, error and
 * not-found boundary above it, and .next/build-manifest.json whose `rootMainFiles` are the
 * runtime chunks every page loads. Their union is what a first visit downloads (a slight
 * over-count: boundary chunks that may load only on an error are included). Polyfills are
 * left out: they are `nomodule` and modern browsers skip them. Sizes are gzip level 9.
 */

export interface RouteBundle {
  route: string;
  chunks: number;
  rawKiB: number;
  gzipKiB: number;
}

function findManifests(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) findManifests(full, out);
    else if (entry.name === "page_client-reference-manifest.js") out.push(full);
  }
  return out;
}

/** "/(app)/conferences/[id]/page" → "/conferences/[id]". */
function routeOf(key: string): string {
  const route = key.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "");
  return route === "" ? "/" : route;
}

export function firstLoadJs(buildDir: string): RouteBundle[] {
  const buildManifest = JSON.parse(fs.readFileSync(path.join(buildDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const gzipCache = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (chunk: string) => {
    const file = path.join(buildDir, chunk.replace(/^\/?_next\//, ""));
    let size = gzipCache.get(file);
    if (!size) {
      const content = fs.readFileSync(file);
      size = { raw: content.length, gzip: zlib.gzipSync(content, { level: 9 }).length };
      gzipCache.set(file, size);
    }
    return size;
  };
  const bundles: RouteBundle[] = [];
  for (const file of findManifests(path.join(buildDir, "server", "app"))) {
    const sandbox = { globalThis: {} as Record<string, unknown> };
    vm.runInNewContext(fs.readFileSync(file, "utf8"), sandbox);
    const manifests = (sandbox.globalThis.__RSC_MANIFEST ?? {}) as Record<string, { entryJSFiles?: Record<string, string[]> }>;
    for (const [key, manifest] of Object.entries(manifests)) {
      const chunks = new Set(buildManifest.rootMainFiles);
      for (const list of Object.values(manifest.entryJSFiles ?? {})) for (const chunk of list) chunks.add(chunk);
      let raw = 0;
      let gzip = 0;
      for (const chunk of chunks) {
        const size = sizeOf(chunk);
        raw += size.raw;
        gzip += size.gzip;
      }
      bundles.push({ route: routeOf(key), chunks: chunks.size, rawKiB: raw / 1024, gzipKiB: gzip / 1024 });
    }
  }
  return bundles.sort((a, b) => b.gzipKiB - a.gzipKiB || a.route.localeCompare(b.route));
}

/** The chunks a served HTML page actually references (script tags and the flight data), gzip KiB: a cross-check of the manifest figure. */
export function chunksInHtml(buildDir: string, html: string): { chunks: number; gzipKiB: number } {
  const { polyfillFiles } = JSON.parse(fs.readFileSync(path.join(buildDir, "build-manifest.json"), "utf8")) as { polyfillFiles: string[] };
  const polyfills = new Set(polyfillFiles.map((f) => `/_next/${f}`));
  const chunks = new Set((html.match(/\/_next\/static\/chunks\/[A-Za-z0-9_.~-]+\.js/g) ?? []).filter((c) => !polyfills.has(c)));
  let gzip = 0;
  for (const chunk of chunks) {
    const file = path.join(buildDir, chunk.replace(/^\/_next\//, ""));
    if (fs.existsSync(file)) gzip += zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  }
  return { chunks: chunks.size, gzipKiB: gzip / 1024 };
}
