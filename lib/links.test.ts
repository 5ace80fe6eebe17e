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

describe("links", () => {
  it("go through components/ui/link (no prefetch of every link in view), never next/link directly", () => {
    const direct = ["app", "components", "lib"]
      .flatMap(sourceFiles)
      .filter((file) => !file.endsWith(path.join("components", "ui", "link.tsx")))
      .filter((file) => /from\s+["']next\/link["']/.test(fs.readFileSync(file, "utf8")));
    expect(direct).toEqual([]);
  });
});
