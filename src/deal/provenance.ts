import { z } from 'zod';
import { confidence } from '../contract/term-source.js';

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
