import path from "node:path";
import { defineConfig } from "vitest/config";

const onPostgres = Boolean(process.env.DATABASE_URL);

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // Next's guard module throws outside the React server build; in unit tests it is a no-op.
      "server-only": path.resolve(__dirname, "test/empty-module.ts"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts"],
    // The PGlite folder lock has nothing to test on PostgreSQL.
    exclude: onPostgres ? ["**/node_modules/**", "db/pglite-lock.test.ts"] : ["**/node_modules/**"],
    setupFiles: ["test/setup.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
