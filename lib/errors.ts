/**
 * Expected failures of a change, each with a message key in messages/*.json (namespace
 * "errors" unless a full key is given). The action wrapper turns them into a form state;
 * anything else is unexpected and goes to error.tsx with a generic message.
 */
export class UserFacingError extends Error {
  constructor(
    readonly messageKey: string,
    /** The form field the error belongs under, when it belongs to one. */
    readonly field?: string,
  ) {
    super(messageKey);
    this.name = "UserFacingError";
  }
}

/** Another person saved the same record first (its version moved on). */
export class ConflictError extends UserFacingError {
  constructor() {
    super("errors.conflict");
  }
}

export class NotFoundError extends UserFacingError {
  constructor() {
    super("errors.notFound");
  }
}

export class ForbiddenError extends UserFacingError {
  constructor() {
    super("errors.forbidden");
  }
}

/** PostgreSQL's unique_violation, as raised by both postgres.js and PGlite. */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    if ((current as { code?: string }).code === "23505") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
