import type { Db } from "@/db/client";
import type { MutationContext } from "@/lib/actions";

/** The audit writer a server action hands to a command (lib/actions.ts). */
export type Audit = MutationContext<unknown>["audit"];

/**
 * What every command (lib/<feature>/commands.ts) receives: the transaction, who acts and
 * the audit writer. Commands take it explicitly so Vitest can call them without Next.
 */
export interface CommandContext {
  tx: Db;
  actorId: number | null;
  audit: Audit;
  /** Today in Vietnam (yyyy-MM-dd); tests pass a fixed day. */
  today?: string;
}
