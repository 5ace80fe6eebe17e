import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, TextField } from "@/components/ui/fields";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { disableUserAction, enableUserAction, resetPasswordAction, signOutEverywhereAction } from "@/lib/users/actions";
import type { UserDetail } from "@/lib/users/queries";

/**
 * Password reset, locking and "sign out everywhere". Each ends the account's sessions
 * on the server (its session version moves on), so they work even on a stolen device.
 */
export async function AccountSecurity({ user, isSelf }: { user: UserDetail; isSelf: boolean }) {
  const t = await getTranslations();
  const [resetLabels, disableLabels, enableLabels, signOutLabels] = await Promise.all([
    getFormLabels("users.resetPassword"),
    getFormLabels("users.disable"),
    getFormLabels("users.enable"),
    getFormLabels("users.signOutEverywhere"),
  ]);
  return (
    <div className="space-y-8">
      <section aria-labelledby="reset-password-title">
        <h3 id="reset-password-title" className="mb-3 text-lg font-bold">
          {t("users.resetPassword")}
        </h3>
        <ActionForm action={resetPasswordAction} labels={resetLabels} variant="secondary">
          <HiddenField name="id" value={user.id} />
          <HiddenField name="username" value={user.username} />
          <TextField name="newPassword" type="password" label={t("users.newPassword")} hint={t("users.passwordHint")} autoComplete="new-password" required />
        </ActionForm>
      </section>

      <section aria-labelledby="account-status-title">
        <h3 id="account-status-title" className="mb-1 text-lg font-bold">
          {t("users.accountStatus")}
        </h3>
        {isSelf ? (
          <p className="text-slate-700">{t("users.ownAccount")}</p>
        ) : (
          <>
            <p className="mb-3 text-sm text-slate-700">{t("users.disableHint")}</p>
            {/* One form whose action follows the account's state: its message survives the switch of button. */}
            <ActionForm compact action={user.active ? disableUserAction : enableUserAction} labels={user.active ? disableLabels : enableLabels} variant={user.active ? "danger" : "secondary"}>
              <HiddenField name="id" value={user.id} />
            </ActionForm>
          </>
        )}
      </section>

      <section aria-labelledby="sign-out-everywhere-title">
        <h3 id="sign-out-everywhere-title" className="mb-1 text-lg font-bold">
          {t("users.signOutEverywhere")}
        </h3>
        <p className="mb-3 text-sm text-slate-700">{t("users.signOutEverywhereHint")}</p>
        <ActionForm compact action={signOutEverywhereAction} labels={signOutLabels} variant="secondary">
          <HiddenField name="id" value={user.id} />
        </ActionForm>
      </section>
    </div>
  );
}
