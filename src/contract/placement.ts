import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import type { SourceDocument } from '../document/index.js';
import type { IntegrityProblem } from './integrity/integrity-problem.js';

/**
 * Describes a path the way a reader of the file would: `revenue.royalties[0].rate`.
 *
 * @example
 * ```ts
 * describePath(['revenue', 'royalties', 0, 'rate']); // '"revenue.royalties[0].rate"'
 * ```
 */
export function describePath(path: readonly PathSegment[]): string {
  if (path.length === 0) return 'the document';
  let s = '';
  for (const seg of path) {
    const name = typeof seg === 'string' ? shortName(seg) : seg;
    s += typeof seg === 'number' ? `[${seg}]` : s ? `.${name}` : name;
  }
  return `"${s}"`;
}

/** Names longer than this are shortened in messages: the range still points at the whole name. */
const MESSAGE_NAME_LENGTH = 80;

/** A name from the document as a message shows it: cut to 80 characters with "…". */
export function shortName(name: string): string {
  return name.length > MESSAGE_NAME_LENGTH ? `${name.slice(0, MESSAGE_NAME_LENGTH)}…` : name;
}

/** A name from the document in quotes, shortened as {@link shortName} does. */
export function quoteName(name: string): string {
  return `"${shortName(name)}"`;
}

/** The parts of a diagnostic before it is placed in a file. */
export type UnplacedDiagnostic = Omit<Diagnostic, 'path' | 'file' | 'range'>;

/**
 * Places a diagnostic at a path of a source document: file, path and the 1-based range of the
 * value there (or of its key, or of the closest existing ancestor).
 */
export function placeAt(source: SourceDocument, path: readonly PathSegment[], d: UnplacedDiagnostic, onKey = false): Diagnostic {
  const range = onKey ? source.keyRangeOf(path) : source.rangeOf(path);
  return {
    ...d,
    path: [...path],
    ...(source.file === undefined ? {} : { file: source.file }),
    ...(range === undefined ? {} : { range }),
  };
}

/** Places an integrity problem as an error diagnostic, with its second place (if any) as related. */
export function placeProblem(source: SourceDocument, p: IntegrityProblem): Diagnostic {
  const d = placeAt(source, p.path, { code: p.code, severity: 'error', message: p.message, ...(p.hint === undefined ? {} : { hint: p.hint }) });
  if (p.related) {
    const range = source.rangeOf(p.related.path);
    d.related = [{ message: p.related.message, path: p.related.path, ...(range === undefined ? {} : { range }) }];
  }
  return d;
}
