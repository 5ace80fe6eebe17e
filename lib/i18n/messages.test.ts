import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("have the same keys in Vietnamese and English", () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it("have no empty strings", () => {
    const empty = (messages: object) => keys(messages).filter((key) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) === "");
    // next-intl reads a dot as nesting, so a key must never contain one.
    expect(keys(vi).filter((key) => key.split(".").some((part) => part === ""))).toEqual([]);
    expect(empty(vi)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
