/**
 * Audit actions are written as "group.verb" (user.create) and their labels live nested
 * in messages under audit.actions (next-intl reads a dot as nesting). Flattening that
 * tree gives the filter's options and each row's label from one source, so an action
 * another feature adds to the messages shows up in the filter without touching this code.
 */
export type MessageTree = { [key: string]: MessageTree | string };

export function flattenLabels(tree: unknown, prefix = ""): Map<string, string> {
  const labels = new Map<string, string>();
  if (!tree || typeof tree !== "object") return labels;
  for (const [key, value] of Object.entries(tree as MessageTree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") labels.set(path, value);
    else for (const [childPath, label] of flattenLabels(value, path)) labels.set(childPath, label);
  }
  return labels;
}

/** The subtree at a dotted path of a messages object, or undefined. */
export function messagesAt(messages: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as MessageTree)[part] : undefined), messages);
}
