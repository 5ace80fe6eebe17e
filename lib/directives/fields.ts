/** Prefix of the register checkboxes: one field per document ("doc_12" = "on"), so a refused form keeps each tick. Shared with the client form. */
export const DOCUMENT_FIELD_PREFIX = "doc_";

/** Prefix of the related-indicator checkboxes ("ind_7" = "on"). */
export const INDICATOR_FIELD_PREFIX = "ind_";
