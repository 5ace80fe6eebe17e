"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE, resolveLocale } from "./locales";

/** Switches the interface language; open to everyone, including the sign-in page. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = resolveLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax", httpOnly: true });
}
