export async function register() {
  // Only the Node.js server talks to the database; the build never gets here with a database.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { prepareDatabase } = await import("./lib/startup");
  await prepareDatabase();
}
