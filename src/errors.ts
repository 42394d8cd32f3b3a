/**
 * An error the user can fix: bad input, a missing file, an unbound dim. The CLI prints its
 * message without a stack trace and exits with code 2. Anything else that is thrown is a bug.
 */
export class UserError extends Error {
  override name = 'UserError';
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof UserError;
}
