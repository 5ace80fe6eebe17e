/**
 * Field-name prefixes shared by the catalogue's forms (client components) and their
 * validation: one checkbox per reporting agency, one target and one version per plan row.
 */
export const AGENCY_FIELD_PREFIX = "agency_";
export const TARGET_FIELD_PREFIX = "target_";
export const PLAN_VERSION_FIELD_PREFIX = "planVersion_";
