import { apiMessage, type ApiLocale, problemCodes } from "./problem";
import { buildOpenApi } from "./openapi";
import { API_RATE_LIMIT_PER_MINUTE } from "./tokens";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import vi from "@/messages/vi.json";

/*
 * The readable reference at /api/v1/docs: plain HTML rendered on the server from the same
 * OpenAPI description (no script, no CDN: the machines it runs on may have no Internet).
 * The chrome is in the reader's language; operations are described as in the spec.
 */

type Json = Record<string, unknown>;

const escape = (text: unknown) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pretty = (value: unknown) => `<pre>${escape(JSON.stringify(value, null, 2))}</pre>`;

function operationHtml(path: string, method: string, op: Json, t: (key: string) => string): string {
  const parameters = (op.parameters as Json[]) ?? [];
  const body = (op.requestBody as { content: Record<string, Json> } | undefined)?.content["application/json"];
  const responses = op.responses as Record<string, Json>;
  const success = Object.entries(responses).find(([status]) => status.startsWith("2"));
  const successContent = success ? (success[1].content as Record<string, Json> | undefined) : undefined;
  const json = successContent?.["application/json"];
  const problems = Object.keys(responses).filter((status) => Number(status) >= 400);
  return `<section id="${escape(op.operationId)}" class="op">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>/api/v1${escape(path)}</code></h3>
<p><strong>${escape(op.summary)}</strong></p>
${op.description ? `<p>${escape(op.description)}</p>` : ""}
<p>${escape(t("scope"))}: <code>${escape(op["x-required-scope"])}</code></p>
${
  parameters.length
    ? `<h4>${escape(t("parameters"))}</h4><table><tbody>${parameters
        .map((p) => `<tr><td><code>${escape(p.name)}</code>${p.required ? " *" : ""}</td><td>${escape(p.in)}</td><td><code>${escape(JSON.stringify(p.schema))}</code></td><td>${escape(p.description ?? "")}</td></tr>`)
        .join("")}</tbody></table>`
    : ""
}
${body ? `<h4>${escape(t("body"))}</h4><details><summary>JSON Schema</summary>${pretty(body.schema)}</details>${body.example ? `<p>${escape(t("example"))}:</p>${pretty(body.example)}` : ""}` : ""}
<h4>${escape(t("response"))} ${success ? escape(success[0]) : ""}</h4>
${json ? `<details><summary>JSON Schema</summary>${pretty(json.schema)}</details>${json.example ? `<p>${escape(t("example"))}:</p>${pretty(json.example)}` : ""}` : successContent ? `<p><code>${escape(Object.keys(successContent)[0])}</code></p>` : ""}
<p>${problems.map((status) => `<code>${escape(status)}</code>`).join(" ")}</p>
</section>`;
}

export function referencePage(locale: ApiLocale): string {
  const spec = buildOpenApi();
  const t = createTranslator({ locale, messages: locale === "en" ? en : vi, namespace: "api.docs" });
  const tt = (key: string) => t(key as "title");
  const paths = spec.paths as Record<string, Record<string, Json>>;
  const operations = Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const problemRows = (Object.keys(problemCodes) as (keyof typeof problemCodes)[])
    .map((code) => `<tr id="problem-${code}"><td><code>${code}</code></td><td>${problemCodes[code]}</td><td>${escape(apiMessage(locale, `api.problems.${code}`))}</td></tr>`)
    .join("");
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(tt("title"))}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;color:#0f172a;max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem}h2{border-bottom:2px solid #cbd5e1;margin-top:2rem}code,pre{font-family:ui-monospace,monospace;font-size:.9rem}
pre{background:#f1f5f9;padding:.75rem;overflow-x:auto;border-radius:4px}table{border-collapse:collapse;width:100%;display:block;overflow-x:auto}
td,th{border:1px solid #cbd5e1;padding:.25rem .5rem;text-align:left;vertical-align:top}.op{border-top:1px solid #e2e8f0;padding-top:.5rem}
.method{display:inline-block;padding:0 .4rem;border-radius:3px;color:#fff;background:#1d4ed8;font-size:.85rem}.method.post{background:#15803d}
a{color:#1d4ed8}nav li{margin:.1rem 0}
</style></head><body>
<h1>${escape(tt("title"))}</h1>
<p><a href="/api/v1/openapi.json">${escape(tt("spec"))}</a></p>
<h2>${escape(tt("auth"))}</h2><p>${escape(tt("authText"))}</p>
<h2>${escape(tt("paging"))}</h2><p>${escape(tt("pagingText"))}</p>
<h2>${escape(tt("caching"))}</h2><p>${escape(tt("cachingText"))}</p>
<h2>${escape(tt("limits"))}</h2><p>${escape(t("limitsText", { limit: API_RATE_LIMIT_PER_MINUTE }))}</p>
<h2 id="problems">${escape(tt("errorsTitle"))}</h2><p>${escape(tt("errorsText"))}</p><table><tbody>${problemRows}</tbody></table>
<h2>${escape(tt("operations"))}</h2>
<nav><ul>${operations.map(({ path, method, op }) => `<li><a href="#${escape(op.operationId)}">${method.toUpperCase()} /api/v1${escape(path)}</a> — ${escape(op.summary)}</li>`).join("")}</ul></nav>
${operations.map(({ path, method, op }) => operationHtml(path, method, op, tt)).join("\n")}
</body></html>`;
}
