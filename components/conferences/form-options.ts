import type { Db } from "@/db/client";
import { listHostAgencyOptions, listPersonOptions } from "@/lib/conferences/queries";
import type { ConferenceFormOptions } from "./conference-form";

/** Agencies and people for the conference form; a person shows with their position so namesakes can be told apart. */
export async function loadConferenceFormOptions(db: Db): Promise<ConferenceFormOptions> {
  const [agencyRows, personRows] = await Promise.all([listHostAgencyOptions(db), listPersonOptions(db)]);
  return {
    agencies: agencyRows.map((a) => ({ value: String(a.id), label: a.name })),
    people: personRows.map((p) => ({ value: String(p.id), label: p.position ? `${p.fullName} — ${p.position}` : p.fullName })),
  };
}
