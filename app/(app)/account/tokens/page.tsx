import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { ApiTokenSection } from "@/components/api-tokens/token-section";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/api/token-actions";
import { listApiTokens } from "@/lib/api/tokens";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("api.tokens");
  return { title: t("title") };
}

/** /account/tokens — the signed-in user's API access tokens: create (shown once), list with last use, revoke. */
export default async function ApiTokensPage() {
  const user = await requireUser();
  const [tokens, t] = await Promise.all([listApiTokens(getDb(), user.id), getTranslations("api.tokens")]);
  return (
    <>
      <PageHeader
        title={t("title")}
        intro={
          <>
            {t("intro")}{" "}
            <a href="/api/v1/docs" className="link">
              {t("docsLink")}
            </a>
          </>
        }
      />
      <ApiTokenSection tokens={tokens} role={user.role} createAction={createApiTokenAction} revokeAction={revokeApiTokenAction} />
    </>
  );
}
