/**
 * The one shape for every problem fairlode reports: parse errors, schema errors, integrity errors
 * and compliance findings alike. Coordinates are 1-based; `endColumn` is exclusive.
 */

/** How serious a diagnostic is. `error` makes a contract unusable or fails a check. */
export type Severity = 'error' | 'warning' | 'info';

/** A position in a source file: 1-based line and 1-based column. */
export interface SourcePosition {
  /** 1-based line number. */
  line: number;
  /** 1-based column number (in UTF-16 code units, as editors count). */
  column: number;
}

/** A range in a source file. The end column is exclusive. */
export interface SourceRange {
  /** Where the range starts. */
  start: SourcePosition;
  /** Where the range ends (exclusive column). */
  end: SourcePosition;
}

/** One step of a path into a contract document: an object key or an array index. */
export type PathSegment = string | number;

/**
 * A problem found in a document or a value, located where possible.
 *
 * `message` is one plain sentence; `code` is a stable identifier such as
 * `contract/unknown-key` or `decimal/not-a-number`, documented in the docs.
 */
export interface Diagnostic {
  /** Stable identifier of the kind of problem. */
  code: string;
  /** How serious it is. */
  severity: Severity;
  /** One sentence a contract lawyer understands. */
  message: string;
  /** Where in the document (a JSON path), empty for the document itself. */
  path: PathSegment[];
  /** The file the problem is in, repo-relative with `/` separators, when known. */
  file?: string;
  /** The source range, when the document was parsed from text. */
  range?: SourceRange;
  /** The contract's own clause reference (e.g. `§12.3`), when the problem sits in a clause. */
  clause?: string;
  /** How to fix it. */
  hint?: string;
  /** Other places involved (e.g. the first of two duplicate ids). */
  related?: RelatedLocation[];
}

/** A second place a diagnostic refers to, such as the first definition of a duplicated id. */
export interface RelatedLocation {
  /** What this place is, e.g. `first defined here`. */
  message: string;
  /** Its path in the document. */
  path: PathSegment[];
  /** Its file, when it is another file than the diagnostic's (an amendment and the agreement it amends). */
  file?: string;
  /** Its source range, when known. */
  range?: SourceRange;
}

/**
 * A problem with a single value, before it is placed in a document. Low-level parsers
 * (decimals, rates, money, dates, periods) report these; the loader adds path and location.
 */
export interface Problem {
  /** Stable identifier of the kind of problem. */
  code: string;
  /** One plain sentence. */
  message: string;
  /** How to fix it. */
  hint?: string;
}

/** The outcome of parsing one value: the value, or the problem that prevented it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: Problem };

/** The outcome of an operation on a document: a value with any warnings, or the diagnostics. */
export type Result<T> =
  | { ok: true; value: T; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/**
 * Thrown by the convenience constructors (`money("…")`, `rate("…")`, …) when given bad input.
 * Library functions that read users' documents never throw it: they return diagnostics instead.
 */
export class FairlodeError extends Error {
  /** Stable identifier of the kind of problem. */
  readonly code: string;
  /** How to fix it, when known. */
  readonly hint: string | undefined;

  /**
   * @param problem - the problem to report
   */
  constructor(problem: Problem) {
    super(problem.hint ? `${problem.message} (${problem.hint})` : problem.message);
    this.name = 'FairlodeError';
    this.code = problem.code;
    this.hint = problem.hint;
  }
}

/**
 * Returns the value of a successful parse, or throws a {@link FairlodeError}.
 *
 * @example
 * ```ts
 * const d = unwrap(parseDecimal('12.5'));
 * ```
 */
export function unwrap<T>(parsed: Parsed<T>): T {
  if (parsed.ok) return parsed.value;
  throw new FairlodeError(parsed.problem);
}

/** Builds a failed {@link Parsed} from a problem's parts. */
export function fail(code: string, message: string, hint?: string): { ok: false; problem: Problem } {
  return { ok: false, problem: hint === undefined ? { code, message } : { code, message, hint } };
}

/** Builds a successful {@link Parsed}. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}
