import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

/*
 * Errors of /api/v1 as RFC 9457 problem details (application/problem+json), worded in
 * Vietnamese or English by the request's Accept-Language (Vietnamese unless English is
 * preferred). The `type` names the problem on the reference page; `errors` lists the
 * fields that failed, each with the same message the form would show under the field.
 * Nothing of the server's internals (stack, SQL) ever goes into a problem.
 */

export type ApiLocale = "vi" | "en";

export const problemCodes = {
  unauthorized: 401,
  rate_limited: 429,
  forbidden: 403,
  insufficient_scope: 403,
  not_found: 404,
  invalid_request: 400,
  unsupported_media_type: 415,
  validation_failed: 422,
  refused: 422,
  conflict: 409,
  duplicate: 409,
  internal: 500,
} as const;
export type ProblemCode = keyof typeof problemCodes;

export interface FieldProblem {
  /** The input field, dotted for nested ones ("values.2.value"). */
  field: string;
  detail: string;
}

export class ApiProblem extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly options: { detailKey?: string; errors?: { field: string; messageKey: string }[]; headers?: Record<string, string> } = {},
  ) {
    super(code);
    this.name = "ApiProblem";
  }
}

/** The language of the reply: the first of vi/en in Accept-Language by weight, Vietnamese by default. */
export function localeOf(request: Pick<Request, "headers">): ApiLocale {
  const header = request.headers.get("accept-language") ?? "";
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const q = Number(params.find((p) => p.trim().startsWith("q="))?.trim().slice(2) ?? "1");
      return { lang: tag.split("-")[0], q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0 && (entry.lang === "vi" || entry.lang === "en"))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.lang === "en" ? "en" : "vi";
}

const translators = {
  vi: createTranslator({ locale: "vi", messages: vi }),
  en: createTranslator({ locale: "en", messages: en }),
};

/** A message by its full key (as commands and schemas name them), or the generic "invalid" when unknown. */
export function apiMessage(locale: ApiLocale, key: string): string {
  const t = translators[locale];
  return t.has(key as never) ? t(key as never) : t("validation.invalid");
}

export function problemResponse(problem: ApiProblem, locale: ApiLocale, instance: string): Response {
  const status = problemCodes[problem.code];
  const body = {
    type: `/api/v1/docs#problem-${problem.code}`,
    title: apiMessage(locale, `api.problems.${problem.code}`),
    status,
    ...(problem.options.detailKey ? { detail: apiMessage(locale, problem.options.detailKey) } : {}),
    instance,
    ...(problem.options.errors?.length
      ? { errors: problem.options.errors.map((e): FieldProblem => ({ field: e.field, detail: apiMessage(locale, e.messageKey) })) }
      : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/problem+json; charset=utf-8", "content-language": locale, "cache-control": "no-store", ...problem.options.headers },
  });
}
