/**
 * A reason the run cannot go on that is the user's to fix (a bad option, a missing file, a bad
 * config): printed as one line without a stack trace, exit code 2.
 */
export class UsageError extends Error {
  /** Further lines to print after the reason, e.g. each located diagnostic of a config file. */
  readonly details: readonly string[];

  constructor(message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'UsageError';
    this.details = details;
  }
}
