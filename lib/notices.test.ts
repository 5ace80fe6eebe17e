import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";
import { REDIRECT_NOTICES, withNotice } from "./notices";

const lookup = (messages: unknown, key: string) => key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);

describe("the message after a change that moves to another page", () => {
  it("rides on the redirect for listed keys only, keeping the target's query and hash", () => {
    expect(withNotice("/conferences/5", "conferences.messages.created")).toBe("/conferences/5?notice=conferences.messages.created");
    expect(withNotice("/tasks?page=2#top", "tasks.messages.created")).toBe("/tasks?page=2&notice=tasks.messages.created#top");
    expect(withNotice("/conferences/5", "made.up")).toBe("/conferences/5");
  });

  it("has words in both languages for every listed key", () => {
    for (const key of REDIRECT_NOTICES) {
      expect(typeof lookup(vi, key), key).toBe("string");
      expect(typeof lookup(en, key), key).toBe("string");
    }
  });
});
