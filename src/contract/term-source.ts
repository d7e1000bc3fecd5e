import { z } from 'zod';

/**
 * How sure the contract's author is of a term, in the four steps of docs/contract-format.md:
 * `verified` (read in the legal text itself), `high` (an official summary, a government or company
 * statement, a court judgment), `medium` (a reputable law-firm note, a major news report), `low`
 * (a single secondary mention).
 */
export const confidence = z.enum(['verified', 'high', 'medium', 'low']).meta({
  description:
    'How sure we are of the term: verified (read in the legal text itself), high (an official summary, a government or company statement, a court judgment), medium (a reputable law-firm note, a major news report), low (a single secondary mention).',
});

/** The confidence of a source: verified, high, medium or low. */
export type Confidence = z.output<typeof confidence>;

/**
 * Where a clause (or an unknown term) comes from: the instrument, the article or page in it, a URL
 * and how sure we are. Findings, `explain`, the HTML report and the Markdown output cite it.
 */
export const termSource = z
  .strictObject({
    instrument: z.string().trim().min(1, { error: 'a source names its instrument, e.g. "Mining Convention 2014"' }).meta({ description: 'The instrument the term comes from: the agreement, amendment, law, or the published summary or report.' }),
    article: z.string().min(1).optional().meta({ description: 'The article, clause or section in it, e.g. "Art. 14.2".' }),
    page: z.union([z.string().min(1), z.int().min(1)]).optional().meta({ description: 'The page in it.' }),
    url: z.string().min(1).optional().meta({ description: 'Where the instrument or summary can be read.' }),
    confidence,
  })
  .meta({ title: 'Source', description: 'The provenance of a term: instrument, article or page, URL and confidence.' });

/** The provenance of a term, as loaded. */
export type TermSource = z.output<typeof termSource>;

/**
 * A source cited in a sentence: `Mining Convention 2014, Art. 14.2, p. 31 (confidence: high)`.
 *
 * @example
 * ```ts
 * citeSource({ instrument: 'Mining Convention 2014', article: 'Art. 14.2', confidence: 'high' });
 * // 'Mining Convention 2014, Art. 14.2 (confidence: high)'
 * ```
 */
export function citeSource(source: TermSource): string {
  const parts = [source.instrument, source.article, source.page === undefined ? undefined : `p. ${source.page}`, source.url].filter((p): p is string => p !== undefined);
  return `${parts.join(', ')} (confidence: ${source.confidence})`;
}
