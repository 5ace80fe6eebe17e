import { getTranslations } from "@/lib/i18n/server";
import { CheckboxField } from "@/components/conferences/checkbox-field";
import { ActionForm } from "@/components/ui/action-form";
import { HiddenField, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { taskPriorities } from "@/db/schema";
import { getFormLabels } from "@/lib/i18n/form-labels";
import { createTaskAction, updateTaskAction } from "@/lib/tasks/actions";
import { CoordinatorField } from "./coordinator-field";

export interface TaskFormValues {
  title?: string;
  description?: string | null;
  leadAgencyId?: number;
  coordinatorIds: number[];
  deadline?: string | null;
  priority?: string;
  expectedOutput?: string | null;
}

/** Assigning a task (new from a directive, or editing with its version). Only for tasks.assign. */
export async function TaskForm({
  agencies,
  values,
  directiveId,
  edit,
}: {
  agencies: { id: number; name: string }[];
  values: TaskFormValues;
  directiveId?: number;
  edit?: { id: number; version: number };
}) {
  const t = await getTranslations("tasks");
  const tc = await getTranslations("common");
  const options = agencies.map((a) => ({ value: String(a.id), label: a.name }));
  const labels = await getFormLabels(edit ? "common.save" : "tasks.forms.create");
  return (
    <ActionForm action={edit ? updateTaskAction : createTaskAction} labels={labels}>
      {edit ? (
        <>
          <HiddenField name="id" value={edit.id} />
          <HiddenField name="version" value={edit.version} />
        </>
      ) : (
        <HiddenField name="directiveId" value={directiveId ?? ""} />
      )}
      <TextField name="title" label={t("fields.title")} defaultValue={values.title} />
      <TextAreaField name="description" label={t("fields.description")} optionalLabel={tc("optional")} defaultValue={values.description} />
      <SelectField name="leadAgencyId" label={t("fields.leadAgencyId")} placeholder={t("fields.chooseLead")} options={options} defaultValue={values.leadAgencyId ? String(values.leadAgencyId) : ""} />
      <CoordinatorField label={t("fields.coordinatorIds")} hint={t("fields.coordinatorHint")} options={options} defaultValues={values.coordinatorIds.map(String)} />
      <TextField name="deadline" type="date" label={t("fields.deadline")} hint={t("fields.deadlineHint")} defaultValue={values.deadline ?? ""} />
      <CheckboxField name="ongoing" label={t("fields.ongoing")} defaultChecked={edit !== undefined && !values.deadline} />
      <SelectField name="priority" label={t("fields.priority")} options={taskPriorities.map((p) => ({ value: p, label: t(`priorities.${p}`) }))} defaultValue={values.priority ?? "normal"} />
      <TextAreaField name="expectedOutput" label={t("fields.expectedOutput")} optionalLabel={tc("optional")} defaultValue={values.expectedOutput} rows={2} />
    </ActionForm>
  );
}
