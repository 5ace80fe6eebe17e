import { createTranslator } from "use-intl/core";
import messages from "@/messages/vi.json";

/**
 * lib/i18n/server.ts's getTranslations in Vietnamese, for unit tests of server components
 * (the request's locale is not there outside Next):
 * `vi.mock("@/lib/i18n/server", () => import("@/test/vietnamese-translations"))`.
 */
export const getTranslations = async (namespace?: string) =>
  createTranslator({ locale: "vi", messages, namespace: namespace as "schedule", timeZone: "Asia/Ho_Chi_Minh" });
