import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/session";
import { openNotice } from "@/lib/notifications/queries";

/**
 * GET /notifications/ID/open: marks the user's own notice read and goes where it leads.
 * Another user's notice, or none, is a 404 (never says whether it exists).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.redirect(new URL("/login", request.url));
  const { id } = await params;
  const href = /^\d{1,10}$/.test(id) ? await openNotice(getDb(), user, Number(id)) : null;
  if (!href) return new NextResponse(null, { status: 404 });
  return NextResponse.redirect(new URL(href, request.url), 303);
}
