import { getTranslations } from "@/lib/i18n/server";
import { ScopeCheckboxes } from "@/components/api-tokens/scope-checkboxes";
import { ShownOnceToken } from "@/components/api-tokens/shown-once-token";
import { ConfirmInline } from "@/components/ui/confirm-inline";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, SelectField, TextField } from "@/components/ui/fields";
import { DataTable } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import type { Role } from "@/db/schema";
import { writeScopesFor } from "@/lib/api/scopes";
import { API_TOKEN_LIFETIMES_DAYS, type ApiTokenListRow } from "@/lib/api/tokens";
import { formatDateTime } from "@/lib/format";
import type { FormState } from "@/lib/form-state";
import { getFormLabels } from "@/lib/i18n/form-labels";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

/**
 * Create (shown once), list and revoke an account's API tokens: on the account's own page
 * and, for a service account, on the administrator's user page (`ownerId` is then sent and
 * checked against users.manage by the action).
 */
export async function ApiTokenSection({
  tokens,
  role,
  createAction,
  revokeAction,
  ownerId,
  now = new Date(),
}: {
  tokens: ApiTokenListRow[];
  role: Role;
  createAction: Action;
  revokeAction: Action;
  ownerId?: number;
  now?: Date;
}) {
  const t = await getTranslations("api");
  const [createLabels, revokeLabels] = await Promise.all([getFormLabels("api.tokens.create", "api.tokens.creating"), getFormLabels("api.tokens.revoke", "api.tokens.revoking")]);
  const scopeText = (scope: string) => t(`scopes.${scope}` as "scopes.read");
  return (
    <>
      <section aria-labelledby="api-token-create-title" className="mb-8">
        <h2 id="api-token-create-title" className="mb-2 text-lg font-bold">
          {t("tokens.createTitle")}
        </h2>
        <ActionForm action={createAction} labels={createLabels}>
          {ownerId ? <HiddenField name="userId" value={ownerId} /> : null}
          <ShownOnceToken label={t("tokens.tokenLabel")} shownOnce={t("tokens.shownOnce")} />
          <TextField name="name" label={t("tokens.name")} hint={t("tokens.nameHint")} required />
          <ScopeCheckboxes
            legend={t("tokens.scopes")}
            hint={t("tokens.scopesHint")}
            readLabel={scopeText("read")}
            options={writeScopesFor(role).map((scope) => ({ value: scope, label: scopeText(scope) }))}
          />
          <SelectField
            name="lifetime"
            label={t("tokens.lifetime")}
            defaultValue="90"
            options={API_TOKEN_LIFETIMES_DAYS.map((days) => ({ value: String(days), label: t("tokens.days", { days }) }))}
          />
        </ActionForm>
      </section>
      <section aria-labelledby="api-token-list-title">
        <h2 id="api-token-list-title" className="mb-2 text-lg font-bold">
          {t("tokens.listTitle")}
        </h2>
        <DataTable
          caption={t("tokens.listTitle")}
          rows={tokens}
          rowKey={(row) => row.id}
          empty={t("tokens.noTokens")}
          columns={[
            {
              key: "name",
              header: t("tokens.name"),
              cell: (row) => (
                <>
                  <span className="font-semibold">{row.name}</span>
                  {row.createdByName ? <span className="block text-sm text-slate-600">{t("tokens.createdBy", { name: row.createdByName })}</span> : null}
                </>
              ),
            },
            { key: "scopes", header: t("tokens.scopes"), cell: (row) => row.scopes.map(scopeText).join("; ") },
            { key: "created", header: t("tokens.createdAt"), cell: (row) => formatDateTime(row.createdAt) },
            {
              key: "expires",
              header: t("tokens.expiresAt"),
              cell: (row) => (row.expiresAt <= now ? <Tag tone="red">{t("tokens.expired")}</Tag> : formatDateTime(row.expiresAt)),
            },
            { key: "used", header: t("tokens.lastUsedAt"), cell: (row) => (row.lastUsedAt ? formatDateTime(row.lastUsedAt) : t("tokens.neverUsed")) },
            {
              key: "actions",
              header: t("tokens.actions"),
              cell: (row) => (
                <ConfirmInline
                  summary={t("tokens.revoke")}
                  warning={t("tokens.revokeConfirm", { name: row.name })}
                  action={revokeAction}
                  labels={revokeLabels}
                  hidden={ownerId ? { id: row.id, userId: ownerId } : { id: row.id }}
                />
              ),
            },
          ]}
        />
      </section>
    </>
  );
}
