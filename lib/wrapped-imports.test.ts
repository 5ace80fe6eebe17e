import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Every .ts/.tsx file under the folders that render pages. */
function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true, recursive: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    return entry.isFile() && /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

/**
 * Modules the code reaches only through our wrapper, and why; the wrapper itself (and the
 * files listed with it) may import the module.
 */
const wrapped = [
  { module: "next/link", wrapper: "components/ui/link.tsx", why: "links are plain anchors, navigated client-side by components/layout/soft-navigation.tsx", also: [] },
  {
    module: "next-intl/server",
    wrapper: "lib/i18n/server.ts",
    why: "messages and Intl formatters cached per process, not per request",
    also: ["lib/i18n/request.ts"],
  },
];

describe("wrapped imports", () => {
  const files = ["app", "components", "lib"].flatMap(sourceFiles).filter((file) => !file.endsWith(".test.ts"));
  for (const { module, wrapper, why, also } of wrapped) {
    it(`${module} only through ${wrapper} (${why})`, () => {
      const allowed = [wrapper, ...also].map((file) => path.normalize(file));
      const pattern = new RegExp(`from\\s+["']${module.replace("/", "\\/")}["']`);
      const direct = files.filter((file) => !allowed.includes(path.normalize(file)) && pattern.test(fs.readFileSync(file, "utf8")));
      expect(direct).toEqual([]);
    });
  }
});
