import type { ComponentProps } from "react";
import { SelectInput } from "./field-inputs";

export { HiddenField, TextAreaField, TextField } from "./field-inputs";

export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A select with its label, hint and error (SelectInput). Its options reach the browser as
 * [value, label] pairs instead of objects with named keys: the task list's filters offer 600
 * options to the secretariat (every agency, the hundred newest conferences, the periods), and
 * the keys were 12 000 of the page's 83 000 characters of RSC data (README, "Performance").
 * Not a client module itself, so a server component's options are paired on the server.
 */
export function SelectField({ options, ...props }: Omit<ComponentProps<typeof SelectInput>, "options"> & { options: SelectOption[] }) {
  return <SelectInput {...props} options={options.map((option) => [option.value, option.label])} />;
}
