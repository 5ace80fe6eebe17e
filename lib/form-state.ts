/** What a server action returns to its form. Shared by server and client code. */
export type FormState =
  | { status: "idle" }
  | { status: "ok"; message?: string; values?: Record<string, string> }
  | { status: "error"; message?: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

export const idleFormState: FormState = { status: "idle" };
