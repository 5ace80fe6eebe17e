import type { Metadata } from "next";
import { getTranslations } from "@/lib/i18n/server";
import { CreateTokenForm } from "@/components/calendar/create-token-form";
import { ConfirmInline } from "@/components/ui/confirm-inline";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { getDb } from "@/db/client";
import { requireUser } from "@/lib/auth/session";
import { createCalendarTokenAction, revokeCalendarTokenAction } from "@/lib/calendar/actions";
import { listActiveTokens } from "@/lib/calendar/tokens";
import { formatDateTime } from "@/lib/format";
import { getFormLabels } from "@/lib/i18n/form-labels";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendar");
  return { title: t("title") };
}

/** /account/calendar — the signed-in user's calendar subscription URLs: create (shown once), list, revoke. */
export default async function CalendarSubscriptionPage() {
  const user = await requireUser();
  const tokens = await listActiveTokens(getDb(), user.id);
  const t = await getTranslations("calendar");
  const revokeLabels = await getFormLabels("calendar.revoke", "calendar.revoking");
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <section aria-labelledby="calendar-create-title" className="mb-8">
        <h2 id="calendar-create-title" className="mb-2 text-lg font-bold">
          {t("createTitle")}
        </h2>
        <CreateTokenForm
          action={createCalendarTokenAction}
          labels={{ submit: t("create"), pending: t("creating"), urlLabel: t("urlLabel"), shownOnce: t("shownOnce") }}
        />
      </section>
      <section aria-labelledby="calendar-list-title">
        <h2 id="calendar-list-title" className="mb-2 text-lg font-bold">
          {t("listTitle")}
        </h2>
        <DataTable
          caption={t("listTitle")}
          rows={tokens}
          rowKey={(row) => row.id}
          empty={t("noTokens")}
          columns={[
            { key: "name", header: t("link"), cell: (row) => t("linkName", { id: row.id }) },
            { key: "created", header: t("createdAt"), cell: (row) => formatDateTime(row.createdAt) },
            {
              key: "actions",
              header: t("actions"),
              cell: (row) => (
                <ConfirmInline
                  summary={t("revoke")}
                  warning={t("revokeWarning", { id: row.id })}
                  action={revokeCalendarTokenAction}
                  labels={revokeLabels}
                  hidden={{ id: row.id }}
                />
              ),
            },
          ]}
        />
      </section>
    </>
  );
}
