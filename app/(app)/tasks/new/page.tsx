import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { TaskForm } from "@/components/tasks/task-form";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { formatDate } from "@/lib/format";
import { getDirectiveForTask, listAssignableAgencies } from "@/lib/tasks/queries";
import { todayInVietnam } from "@/lib/tasks/status";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tasks");
  return { title: t("newTitle") };
}

/** /tasks/new?directive=ID — assign a task from a directive (tasks.assign). Unknown directive → 404. */
export default async function NewTaskPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("tasks.assign");
  const t = await getTranslations("tasks");
  const raw = (await searchParams).directive;
  const db = getDb();
  const directive = await getDirectiveForTask(db, Number(Array.isArray(raw) ? raw[0] : raw));
  if (!directive) notFound();
  const agencies = await listAssignableAgencies(db, todayInVietnam());
  return (
    <>
      <PageHeader
        title={t("newTitle")}
        intro={
          <>
            {t("detail.directiveLabel", { number: directive.number, text: directive.text })}
            <span className="block text-sm">
              <Link href={`/conferences/${directive.conferenceId}`} className="text-brand-700 underline">
                {directive.conferenceTitle} ({formatDate(directive.conferenceStartsAt)})
              </Link>
            </span>
          </>
        }
      />
      <TaskForm agencies={agencies} values={{ coordinatorIds: [] }} directiveId={directive.id} />
    </>
  );
}
