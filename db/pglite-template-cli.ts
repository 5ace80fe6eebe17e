// Run after `next build` (npm's postbuild, scripts/start.mjs): makes the embedded database
// template a fresh data folder starts from (db/pglite-template.ts). It only speeds up the first
// start, so a failure warns and leaves the build usable (the server then takes the normal path).
// Made whatever DATABASE_URL says now: the build may run elsewhere than the server.
import { buildTemplate, buildTemplateLocation } from "./pglite-template";

async function main(): Promise<void> {
  const location = buildTemplateLocation();
  if (!location) {
    console.warn("Nghị Sự: no production build (.next/BUILD_ID), no embedded database template made.");
    return;
  }
  const started = performance.now();
  const manifest = await buildTemplate(location);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Nghị Sự: embedded database template ready in ${seconds} s (demo data of ${manifest.seededOn || "no day"}).`);
}

main().catch((error: unknown) => {
  console.warn(`Nghị Sự: the embedded database template was not made: ${error instanceof Error ? error.message : String(error)}`);
});
