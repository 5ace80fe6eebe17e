import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/users/create-user-form";
import { getDb } from "@/db/client";
import { requirePermission } from "@/lib/auth/session";
import { listAgencyOptions } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users");
  return { title: t("new") };
}

/** /admin/users/new — on success the action redirects to the new account's page. */
export default async function NewUserPage() {
  await requirePermission("users.manage");
  const t = await getTranslations();
  const agencies = await listAgencyOptions(getDb());
  return (
    <>
      <PageHeader
        title={t("users.new")}
        back={
          <Link href="/admin/users" className="text-brand-700 underline">
            ← {t("users.backToList")}
          </Link>
        }
      />
      <CreateUserForm agencies={agencies} />
    </>
  );
}
