import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "@/lib/i18n/server";
import { cache } from "react";
import { ApiTokenSection } from "@/components/api-tokens/token-section";
import { PageHeader } from "@/components/ui/page-header";
import { SummaryList } from "@/components/ui/summary-list";
import { AccountSecurity } from "@/components/users/account-security";
import { EditUserForm } from "@/components/users/edit-user-form";
import { UserStatusTag } from "@/components/users/user-status-tag";
import { getDb } from "@/db/client";
import { createApiTokenForUserAction, revokeApiTokenForUserAction } from "@/lib/api/token-actions";
import { listApiTokens } from "@/lib/api/tokens";
import { requirePermission } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";
import { getUserDetail, listAgencyOptions } from "@/lib/users/queries";

type Props = { params: Promise<{ id: string }> };

// The title and the page read the same account; cache() makes that one query per request.
const loadUser = cache((id: number) => getUserDetail(getDb(), id));

/** A route id that is a positive integer in range, or null (then the page is "not found", never a database error). */
function routeId(value: string): number | null {
  const id = Number(value);
  return /^\d{1,10}$/.test(value) && id >= 1 && id <= 2_147_483_647 ? id : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await requirePermission("users.manage");
  const id = routeId((await params).id);
  const user = id ? await loadUser(id) : null;
  const t = await getTranslations("users");
  return { title: user?.displayName ?? t("title") };
}

/** /admin/users/[id] — the account as a summary list, its edit form and its security actions. */
export default async function UserPage({ params }: Props) {
  const currentUser = await requirePermission("users.manage");
  const id = routeId((await params).id);
  if (!id) notFound();
  const user = await loadUser(id);
  if (!user) notFound();
  const [agencies, tokens] = await Promise.all([listAgencyOptions(getDb(), user.agencyId), listApiTokens(getDb(), user.id)]);
  const t = await getTranslations();

  return (
    <>
      <PageHeader
        title={user.displayName}
        back={
          <Link href="/admin/users" className="text-brand-700 underline">
            ← {t("users.backToList")}
          </Link>
        }
      />
      <SummaryList
        rows={[
          { label: t("users.username"), value: user.username },
          { label: t("users.displayName"), value: user.displayName },
          { label: t("users.role"), value: t(`roles.${user.role}`) },
          { label: t("users.agency"), value: user.agencyName ?? t("common.none") },
          { label: t("users.accountStatus"), value: <UserStatusTag active={user.active} /> },
          { label: t("users.lastSignIn"), value: user.lastSignInAt ? formatDateTime(user.lastSignInAt) : t("users.never") },
          { label: t("users.createdAt"), value: formatDateTime(user.createdAt) },
        ]}
      />

      <section aria-labelledby="edit-user-title" className="mt-8">
        <h2 id="edit-user-title" className="mb-4 text-xl font-bold">
          {t("users.edit")}
        </h2>
        <EditUserForm user={user} agencies={agencies} />
      </section>

      <section aria-labelledby="security-title" className="mt-10 border-t border-slate-200 pt-6">
        <h2 id="security-title" className="mb-4 text-xl font-bold">
          {t("users.security")}
        </h2>
        <AccountSecurity user={user} isSelf={user.id === currentUser.id} />
      </section>

      <section aria-labelledby="api-tokens-title" className="mt-10 border-t border-slate-200 pt-6">
        <h2 id="api-tokens-title" className="mb-2 text-xl font-bold">
          {t("api.tokens.adminTitle")}
        </h2>
        <p className="mb-4 max-w-2xl text-slate-700">{t("api.tokens.adminIntro")}</p>
        <ApiTokenSection tokens={tokens} role={user.role} ownerId={user.id} createAction={createApiTokenForUserAction} revokeAction={revokeApiTokenForUserAction} />
      </section>
    </>
  );
}
