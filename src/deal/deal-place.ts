import type { Diagnostic, RelatedLocation } from '../diagnostics/diagnostic.js';
import { placeAt, type UnplacedDiagnostic } from '../contract/placement.js';
import type { DealPlace } from './deal.js';

/** A diagnostic at a place in one of a deal's files. */
export function placeInDeal(at: DealPlace, d: UnplacedDiagnostic): Diagnostic {
  return placeAt(at.source, at.path, d);
}

/** A second place, possibly in another file, as a related location of a diagnostic. */
export function relatedPlace(at: DealPlace, message: string): RelatedLocation {
  const range = at.source.rangeOf(at.path);
  return { message, path: [...at.path], ...(at.source.file === undefined ? {} : { file: at.source.file }), ...(range === undefined ? {} : { range }) };
}

/** A place written for a sentence: `deal/a1.yaml:12:5`, or the file alone when the range is unknown. */
export function describePlace(at: DealPlace): string {
  const range = at.source.rangeOf(at.path);
  const file = at.source.file ?? 'the text';
  return range === undefined ? file : `${file}:${range.start.line}:${range.start.column}`;
}
