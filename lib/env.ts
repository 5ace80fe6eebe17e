import path from "node:path";

/**
 * Configuration read from the environment. Everything has a default so that
 * `npm start` on a fresh checkout needs no setup: no DATABASE_URL means the
 * embedded PGlite database in the data folder.
 */
export const env = {
  /** PostgreSQL connection string; unset → embedded PGlite. */
  get databaseUrl(): string | undefined {
    return process.env.DATABASE_URL || undefined;
  },
  /** Folder for the embedded database and the generated auth secret. */
  get dataDir(): string {
    // turbopackIgnore: the folder is chosen at run time; nothing in it belongs to the build output.
    return path.resolve(/*turbopackIgnore: true*/ process.env.NGHISU_DATA_DIR || "data");
  },
  get pgliteDir(): string {
    return path.join(this.dataDir, "pglite");
  },
  /** Load the demo dataset at start-up: on by default for the embedded database, off for PostgreSQL. */
  get seedDemo(): boolean {
    const flag = process.env.NGHISU_DEMO;
    if (flag === "1" || flag === "true") return true;
    if (flag === "0" || flag === "false") return false;
    return !this.databaseUrl;
  },
  get isProduction(): boolean {
    return process.env.NODE_ENV === "production";
  },
};
