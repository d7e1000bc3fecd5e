import { z } from 'zod';

/**
 * How sure the corpus is of a term, in the four steps of the real-deals conventions: `verified`
 * (read in the legal text itself), `high` (an official summary, a government or company statement,
 * a court judgment), `medium` (a reputable law-firm note, a major news report), `low` (a single
 * secondary mention).
 */
export const confidence = z.enum(['verified', 'high', 'medium', 'low']).meta({
  description: 'How sure we are: verified (read in the legal text), high (an official summary or statement, a court judgment), medium (a law-firm note, a major news report), low (a single secondary mention).',
});

/** Where an instrument (or one of its changes) comes from: the instrument, article, URL and confidence. */
export const instrumentSource = z
  .strictObject({
    instrument: z.string().min(1).optional().meta({ description: 'The legal instrument as its title gives it, e.g. "First Amendment to the Mineral Agreement".' }),
    article: z.string().min(1).optional().meta({ description: 'The article, section or page, e.g. "Art. 2.1".' }),
    url: z.string().min(1).optional().meta({ description: 'Where the text or the summary can be read.' }),
    confidence: confidence.optional(),
  })
  .meta({ description: 'Where the terms come from and how sure we are of them.' });

/** The provenance of an instrument or a change, as written. */
export type InstrumentSource = z.output<typeof instrumentSource>;
