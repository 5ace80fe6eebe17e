import type { Metadata } from "next";
import { eq } from "drizzle-orm";
import { getTranslations } from "@/lib/i18n/server";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, TextField } from "@/components/ui/fields";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { notificationKinds, notificationSettings } from "@/db/schema";
import { requireUser } from "@/lib/auth/session";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { savePreferencesAction } from "@/lib/notifications/actions";
import { mailEnabled } from "@/lib/notifications/email";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("notifications.preferences");
  return { title: t("title") };
}

/** /account/notifications — the signed-in user's own e-mail choices: address, digest, which kinds. */
export default async function NotificationPreferencesPage() {
  const user = await requireUser();
  const [settings] = await getDb().select().from(notificationSettings).where(eq(notificationSettings.userId, user.id)).limit(1);
  const t = await getTranslations("notifications");
  const tc = await getTranslations("common");
  const labels = await getFormLabels("notifications.preferences.save");
  const muted = new Set(settings?.mutedKinds ?? []);
  return (
    <>
      <PageHeader title={t("preferences.title")} intro={t("preferences.intro")} />
      {mailEnabled() ? null : <p className="mb-4 max-w-2xl rounded border-l-4 border-amber-600 bg-amber-50 p-3">{t("preferences.mailOff")}</p>}
      <ActionForm action={savePreferencesAction} labels={labels}>
        <HiddenField name="version" value={settings?.version ?? 0} />
        <TextField name="email" type="email" autoComplete="email" label={t("preferences.email")} hint={t("preferences.emailHint")} optionalLabel={tc("optional")} defaultValue={settings?.email} />
        <label className="flex max-w-2xl items-start gap-2">
          <input type="checkbox" name="dailyDigest" defaultChecked={settings?.dailyDigest ?? false} className="mt-1 size-5 shrink-0 accent-brand-600" />
          <span>{t("preferences.dailyDigest")}</span>
        </label>
        <fieldset className="max-w-2xl">
          <legend className="font-semibold">{t("preferences.kinds")}</legend>
          <p className="text-sm text-slate-600">{t("preferences.kindsHint")}</p>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            {notificationKinds.map((kind) => (
              <label key={kind} className="flex items-start gap-2">
                <input type="checkbox" name={`mail_${kind}`} defaultChecked={!muted.has(kind)} className="mt-1 size-5 shrink-0 accent-brand-600" />
                <span>{t(`kindLabels.${kind}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </ActionForm>
    </>
  );
}
