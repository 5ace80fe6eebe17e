"use client";

import { createContext, type ReactNode, use } from "react";
import { DIGEST_PLACEHOLDER } from "./digest-placeholder";

/**
 * The few words the error boundary (app/error.tsx) shows. An error boundary cannot take
 * props from a server parent, so the root layout translates these on the server and hands
 * them down here; this replaces a NextIntlClientProvider whose ICU formatter cost every
 * page about 12 KiB of JavaScript. `reference` holds the placeholder DIGEST_PLACEHOLDER.
 */
export interface ErrorStrings {
  title: string;
  generic: string;
  reference: string;
  retry: string;
}

// Only used if the root layout could not provide its strings; then both languages, like global-error.
const FALLBACK: ErrorStrings = {
  title: "Đã có lỗi xảy ra / Something went wrong",
  generic: "Vui lòng thử lại sau ít phút. / Please try again in a moment.",
  reference: `Mã lỗi / Reference: ${DIGEST_PLACEHOLDER}`,
  retry: "Thử lại / Try again",
};

const ErrorStringsContext = createContext<ErrorStrings>(FALLBACK);

export function ErrorStringsProvider({ strings, children }: { strings: ErrorStrings; children: ReactNode }) {
  return <ErrorStringsContext value={strings}>{children}</ErrorStringsContext>;
}

export function useErrorStrings(): ErrorStrings {
  return use(ErrorStringsContext);
}
