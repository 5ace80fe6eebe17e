/** A search parameter as one string (Next gives string | string[] | undefined). */
export function oneParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
