import { z } from 'zod';
import { described } from '../clause.js';
import { decimalString, rateString } from '../exact-values.js';

const bandMode = z.enum(['whole-value', 'incremental']).meta({
  description: 'whole-value: the rate of the band the measure falls in applies to the whole base; incremental: each slice of the measure pays its own band\'s rate, and the rate applied is their average over the measure (like income tax brackets).',
});

const bandEdge = z.enum(['next-band', 'this-band']).default('next-band').meta({
  description: 'Which band a measure exactly at a band\'s upper edge belongs to (default: the next band).',
});

/** One band of a royalty rate that steps with the operating margin. */
export const marginBand = z
  .strictObject({
    upTo: rateString().optional().meta({ description: 'The band\'s upper edge, an operating margin such as "20%"; omitted on the last band.' }),
    rate: described(rateString(), 'The royalty rate of the band.'),
  })
  .meta({ description: 'An operating-margin band and its rate.' });

/** One band of a royalty rate that steps with the R-factor. */
export const rFactorBand = z
  .strictObject({
    upTo: decimalString({ sign: 'positive' }).optional().meta({ description: 'The band\'s upper edge, an R-factor such as "1.5"; omitted on the last band.' }),
    rate: described(rateString(), 'The royalty rate of the band.'),
  })
  .meta({ description: 'An R-factor band and its rate.' });

// One form of profitLinked: its measure, with the bands' edges in the measure's own terms.
function measured<M extends 'operating-margin' | 'r-factor', B extends z.ZodType>(measure: M, description: string, band: B, what: string) {
  return z.strictObject({
    measure: z.literal(measure).meta({ description }),
    mode: bandMode,
    edge: bandEdge,
    bands: z.array(band).min(1).meta({ description: `The ${what} bands, from the lowest ${what} to the highest; every band but the last has an upper edge.` }),
  });
}

/**
 * A royalty rate that steps with a profitability measure instead of the price: the period's
 * operating margin, or the R-factor (cumulative receipts over cumulative costs, carried from period
 * to period).
 */
export const profitLinkedRate = z
  .discriminatedUnion('measure', [
    measured('operating-margin', 'operating-margin: the period\'s (revenue − sale deductions − operating costs) ÷ (revenue − sale deductions), read from the actuals.', marginBand, 'margin'),
    measured('r-factor', 'r-factor: cumulative receipts (revenue less sale deductions) ÷ cumulative costs (operating and capital), from the start of the deal (or the opening balances) to the end of the period before.', rFactorBand, 'R-factor'),
  ])
  .meta({ description: 'A royalty rate that steps with the operating margin or the R-factor, in bands like a sliding scale.' });
