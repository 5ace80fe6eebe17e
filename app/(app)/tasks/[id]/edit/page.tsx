import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { TaskForm } from "@/components/tasks/task-form";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { getTaskDetail, listAssignableAgencies } from "@/lib/tasks/queries";
import { todayInVietnam } from "@/lib/tasks/status";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tasks");
  return { title: t("editTitle") };
}

/** /tasks/[id]/edit — title, description, lead and coordinating units, deadline, priority (tasks.assign). */
export default async function EditTaskPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("tasks.assign");
  const db = getDb();
  const detail = await getTaskDetail(db, Number((await params).id), user);
  if (!detail) notFound();
  const t = await getTranslations("tasks");
  const { task } = detail;
  const assignable = await listAssignableAgencies(db, todayInVietnam());
  // A closed agency already on the task stays selectable so saving other fields does not drop it.
  const known = new Set(assignable.map((a) => a.id));
  const agencies = [...assignable, ...[{ id: task.leadAgencyId, name: detail.leadAgencyName }, ...detail.coordinators].filter((a) => !known.has(a.id))];
  return (
    <>
      <PageHeader
        title={t("editTitle")}
        back={
          <Link href={`/tasks/${task.id}`} className="text-brand-700 underline">
            {task.title}
          </Link>
        }
      />
      <TaskForm
        agencies={agencies}
        edit={{ id: task.id, version: task.version }}
        values={{ ...task, coordinatorIds: detail.coordinators.map((c) => c.id) }}
      />
    </>
  );
}
