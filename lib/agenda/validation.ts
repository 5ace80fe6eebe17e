import { z } from "zod";
import { agendaItemKinds } from "@/db/schema";
import { enumField, idSchema, optionalText, versionField } from "@/lib/validation";

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

/** "person:12" or "agency:3" from the presenter select; empty means nobody named. */
const presenterField = () =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(person|agency):\d{1,9}$/, "validation.invalid")
      .transform((value) => {
        const [kind, id] = value.split(":");
        return { kind: kind as "person" | "agency", id: Number(id) };
      })
      .optional(),
  );

export const agendaItemFields = {
  conferenceId: idSchema,
  title: z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string({ error: "agenda.titleRequired" }).min(1, "agenda.titleRequired").max(500, "validation.tooLong")),
  kind: enumField(agendaItemKinds),
  presenter: presenterField(),
  startTime: z.preprocess(emptyToUndefined, z.string().trim().regex(/^([01]?\d|2[0-3])[:hH.][0-5]\d$/, "agenda.startTimeInvalid").optional()),
  durationMinutes: z.preprocess(emptyToUndefined, z.coerce.number({ error: "agenda.durationInvalid" }).int("agenda.durationInvalid").min(1, "agenda.durationInvalid").max(24 * 60, "agenda.durationInvalid").optional()),
  notes: optionalText(2000),
};

export const createAgendaItemSchema = z.object(agendaItemFields);
export type AgendaItemInput = z.output<typeof createAgendaItemSchema>;

export const updateAgendaItemSchema = z.object({ ...agendaItemFields, id: idSchema, version: versionField() });
export type UpdateAgendaItemInput = z.output<typeof updateAgendaItemSchema>;

export const deleteAgendaItemSchema = z.object({ conferenceId: idSchema, id: idSchema });
export type DeleteAgendaItemInput = z.output<typeof deleteAgendaItemSchema>;

/** The full new order as comma-separated ids. */
export const reorderAgendaSchema = z.object({
  conferenceId: idSchema,
  order: z.string().regex(/^\d{1,9}(,\d{1,9})*$/, "validation.invalid").transform((value) => value.split(",").map(Number)),
});
export type ReorderAgendaInput = z.output<typeof reorderAgendaSchema>;

export const conferenceOnlySchema = z.object({ conferenceId: idSchema });
export type ConferenceOnlyInput = z.output<typeof conferenceOnlySchema>;
