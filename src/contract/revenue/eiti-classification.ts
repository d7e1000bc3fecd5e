import { z } from 'zod';

/**
 * An override of the EITI / IMF GFS classification of a payment stream, e.g. `1415E1` for
 * royalties. Without it the EITI export classifies by the kind of clause.
 */
export const eitiClassification = z
  .strictObject({
    gfsCode: z.string().regex(/^1\d{1,5}E\d{0,2}$/, { error: 'expected a GFS code such as "1415E1"' }).meta({ description: 'The IMF GFS revenue code with the EITI "E" suffix.' }),
    stream: z.string().optional().meta({ description: 'The revenue stream name to report.' }),
  })
  .meta({ description: 'EITI revenue-stream classification for payments under this clause.' });
