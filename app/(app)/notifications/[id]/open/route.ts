import { NextResponse } from "next/server";
import { getDb } from "@/db/client";
import { getCurrentUser } from "@/lib/auth/session";
import { openNotice } from "@/lib/notifications/queries";

/**
 * GET /notifications/ID/open: marks the user's own notice read and goes where it leads.
 * Another user's notice, or none, is a 404 (never says whether it exists).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  // Relative Locations: behind a proxy request.url may name another host than the browser used.
  if (!user) return new NextResponse(null, { status: 303, headers: { Location: "/login" } });
  const { id } = await params;
  const href = /^\d{1,10}$/.test(id) ? await openNotice(getDb(), user, Number(id)) : null;
  if (!href) return new NextResponse(null, { status: 404 });
  return new NextResponse(null, { status: 303, headers: { Location: href } });
}
