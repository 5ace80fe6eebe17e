/** Prefix of the register checkboxes: one field per document ("doc_12" = "on"), so a refused form keeps each tick. Shared with the client form. */
export const DOCUMENT_FIELD_PREFIX = "doc_";
