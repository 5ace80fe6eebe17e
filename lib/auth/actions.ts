"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { requestMetaFrom } from "@/lib/audit";
import { readSessionToken } from "./session";
import { endSession } from "./sign-out";

/**
 * The header's sign-out button: a plain form POST, so it needs no JavaScript. Next checks
 * the Origin of every server action, which keeps other sites from signing people out.
 * Open to anyone: a visitor whose session is no longer valid may still clear its cookie.
 */
export async function signOutAction(): Promise<void> {
  const token = await readSessionToken();
  await endSession(getDb(), await cookies(), token, requestMetaFrom(await headers()));
  redirect("/login");
}
