import type { PathSegment, SourceRange } from '../diagnostics/diagnostic.js';
import type { SourceDocument } from '../document/index.js';


/**
 * Where a finding about `path` is shown in the file. A field that exists is shown at its value; a
 * clause (a mapping or list under a key) at its key; a missing element at the key of its closest
 * existing ancestor, where it would be added; a missing top-level section at the first key of the document.
 *
 * @example
 * ```ts
 * findingRange(loaded.source, ['community', 'consultation']); // the range of the key "community"
 * ```
 */
export function findingRange(source: SourceDocument, path: readonly PathSegment[]): SourceRange | undefined {
  let existing = 0;
  let v: unknown = source.value;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) break;
    v = (v as Record<string | number, unknown>)[seg];
    existing++;
  }
  if (existing === 0) {
    const first = source.value !== null && typeof source.value === 'object' ? Object.keys(source.value)[0] : undefined;
    return first === undefined ? source.rangeOf([]) : source.keyRangeOf([first]);
  }
  const at = path.slice(0, existing);
  const last = at[at.length - 1];
  const isClause = existing < path.length || (v !== null && typeof v === 'object');
  return isClause && typeof last === 'string' ? source.keyRangeOf(at) : source.rangeOf(at);
}
