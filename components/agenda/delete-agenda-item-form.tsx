import { ActionForm } from "@/components/ui/action-form";
import { HiddenField } from "@/components/ui/fields";
import { deleteAgendaItemAction } from "@/lib/agenda/actions";
import { getFormLabels } from "@/lib/i18n/form-labels";

export async function DeleteAgendaItemForm({ conferenceId, itemId }: { conferenceId: number; itemId: number }) {
  return (
    <ActionForm action={deleteAgendaItemAction} labels={await getFormLabels("agenda.delete", "agenda.deleting")} variant="danger" compact>
      <HiddenField name="conferenceId" value={conferenceId} />
      <HiddenField name="id" value={itemId} />
    </ActionForm>
  );
}
