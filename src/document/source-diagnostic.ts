import type { Diagnostic, PathSegment, RelatedLocation } from '../diagnostics/diagnostic.js';
import type { LineIndex } from './line-index.js';
import type { SourceCode } from './source-codes.js';

/** Where diagnostics of one parse are placed: the file name and the text's line index. */
export interface SourcePlace {
  /** The file, as given to {@link parseSource}. */
  readonly file: string | undefined;
  /** The line index of the normalised text (built on first use). */
  readonly lines: LineIndex;
}

/** The parts of a source diagnostic, with offsets instead of lines and columns. */
export interface SourceProblem {
  /** A stable code. */
  code: SourceCode;
  /** One plain sentence. */
  message: string;
  /** Offset where the problem starts. */
  start: number;
  /** Offset after the problem (exclusive); defaults to one character after `start`, within its line. */
  end?: number;
  /** Where in the document, as a path; empty for the document itself. */
  path?: readonly PathSegment[];
  /** How to fix it. */
  hint?: string;
  /** A second place involved, such as the first of two duplicate keys. */
  related?: { message: string; start: number; end: number; path: readonly PathSegment[] };
}

/**
 * Builds a located error diagnostic from offsets: the one place where this layer's offsets become
 * 1-based lines and columns.
 */
export function sourceDiagnostic(place: SourcePlace, problem: SourceProblem): Diagnostic {
  const { lines } = place;
  const end = problem.end ?? defaultEnd(place, problem.start);
  const diagnostic: Diagnostic = {
    code: problem.code,
    severity: 'error',
    message: problem.message,
    path: [...(problem.path ?? [])],
    range: lines.rangeOf(problem.start, end),
  };
  if (place.file !== undefined) diagnostic.file = place.file;
  if (problem.hint !== undefined) diagnostic.hint = problem.hint;
  if (problem.related !== undefined) {
    const related: RelatedLocation = {
      message: problem.related.message,
      path: [...problem.related.path],
      range: lines.rangeOf(problem.related.start, problem.related.end),
    };
    diagnostic.related = [related];
  }
  return diagnostic;
}

/** One character after `start`, unless that would cross a line end or the end of the text. */
function defaultEnd(place: SourcePlace, start: number): number {
  const { line } = place.lines.positionAt(start);
  const next = place.lines.lineStart(line + 1);
  const lineEnd = next === undefined ? place.lines.textLength : next - 1;
  return start < lineEnd ? start + 1 : start;
}

/**
 * Thrown inside the parse to stop it at a problem that makes going on pointless (too deep, too many
 * aliases, a syntax error); {@link parseSource} catches it and returns the diagnostic. Not an
 * `Error`: it never escapes this folder, and needs no stack trace.
 */
export class SourceStop {
  /**
   * @param problem - the problem that stopped the parse
   */
  constructor(readonly problem: SourceProblem) {}
}
