import Link from "@/components/ui/link";
import { getTranslations } from "@/lib/i18n/server";
import type { ReactNode } from "react";
import { ActionForm, type ActionFormLabels } from "./action-form";
import type { ButtonVariant } from "./button";
import { HiddenField } from "./fields";
import { Notice } from "./notice";
import { PageHeader } from "./page-header";
import { SummaryList } from "./summary-list";

type Action = Parameters<typeof ActionForm>[0]["action"];

/**
 * The confirmation page of an action that cannot be undone or takes much with it (GOV.UK
 * "confirm" pattern): what it concerns as a summary list, what will happen in plain words,
 * then one button that posts the action and a way back that changes nothing. The page that
 * renders it loads the record and checks the permission; the action checks again.
 */
export async function ConfirmAction({
  title,
  back,
  rows,
  consequences,
  action,
  labels,
  hidden,
  variant = "danger",
  cancel,
  children,
}: {
  title: string;
  back: ReactNode;
  rows: { label: string; value: ReactNode }[];
  /** What happens, one sentence each ("Số đã cấp không dùng lại được."). */
  consequences: ReactNode[];
  action: Action;
  labels: ActionFormLabels;
  /** The record and the values already chosen, posted as they were shown. */
  hidden: Record<string, string | number>;
  variant?: ButtonVariant;
  /** Where "Quay lại, không thay đổi gì" leads (and its words, when the page has better ones). */
  cancel: { href: string; label?: string };
  /** Fields asked for here (a reason). */
  children?: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} back={back} />
      <SummaryList rows={rows} />
      <div className="mt-6 max-w-2xl">
        <Notice tone="warning">
          <ul className="list-disc space-y-1 pl-5">
            {consequences.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </Notice>
        <ActionForm action={action} labels={labels} variant={variant}>
          {Object.entries(hidden).map(([name, value]) => (
            <HiddenField key={name} name={name} value={value} />
          ))}
          {children}
        </ActionForm>
        <p className="mt-4">
          <Link href={cancel.href} className="text-brand-700 underline">
            {cancel.label ?? (await getTranslations("common"))("backNoChange")}
          </Link>
        </p>
      </div>
    </>
  );
}
