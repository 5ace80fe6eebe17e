import { z } from "zod";

/** Shapes several resources share in their JSON. */
export const isoInstant = z.string().meta({ description: "Instant, ISO 8601 UTC", example: "2012-07-02T01:00:00.000Z" });
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: "Calendar date yyyy-MM-dd (Asia/Ho_Chi_Minh)", example: "2012-12-31" });
export const agencyRef = z.object({ id: z.number().int(), name: z.string() });

export const instant = (value: Date) => value.toISOString();
export const optionalInstant = (value: Date | null) => (value ? value.toISOString() : null);

/** A list filter given as an id in the query string (?lead=12). */
export const idFilter = (description: string) => z.coerce.number().int().positive().max(2147483647).optional().meta({ description });
export const textFilter = (description: string) => z.string().trim().max(100).optional().meta({ description });
