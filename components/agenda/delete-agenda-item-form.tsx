import { getTranslations } from "@/lib/i18n/server";
import { ConfirmInline } from "@/components/ui/confirm-inline";
import { deleteAgendaItemAction } from "@/lib/agenda/actions";
import { getFormLabels } from "@/lib/i18n/form-labels";

/** "Xóa" under an agenda item: opens the warning naming the item, then deletes it. */
export async function DeleteAgendaItemForm({ conferenceId, item }: { conferenceId: number; item: { id: number; title: string } }) {
  const t = await getTranslations("agenda");
  return (
    <ConfirmInline
      summary={t("delete")}
      warning={t("deleteWarning", { title: item.title })}
      action={deleteAgendaItemAction}
      labels={await getFormLabels("agenda.deleteSubmit", "agenda.deleting")}
      hidden={{ conferenceId, id: item.id }}
    />
  );
}
