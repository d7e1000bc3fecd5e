import { z } from 'zod';
import { clauseFields, identifier, obligationFields, partyRef } from './clause.js';
import { dateString, quantityString, rateString } from './exact-values.js';
import { milestone } from './targets.js';

/** A commitment to process a commodity in the host country (principle 5). */
export const processingCommitment = z
  .strictObject({
    ...obligationFields,
    commodity: identifier(),
    stage: z.enum(['concentrate', 'smelted', 'refined', 'refined-cathode', 'precursor', 'manufactured', 'other']),
    capacity: quantityString().optional().meta({ description: 'Annual processing capacity to be built, e.g. "100000 t".' }),
    targets: z.array(z.strictObject({ by: dateString(), domesticShare: rateString() })).default([]).meta({ description: 'Share of output processed in the country by a date.' }),
    milestones: z.array(milestone).default([]),
  })
  .meta({ title: 'Processing commitment' });

/** Restrictions on exporting unprocessed ore, or an export levy until processing starts. */
export const rawExport = z
  .strictObject({
    ...clauseFields,
    restriction: z.enum(['ban-after-date', 'levy-schedule', 'none']),
    from: dateString().optional(),
    levy: z.array(z.strictObject({ from: dateString(), rate: rateString() })).default([]),
    payee: partyRef().optional(),
  })
  .meta({ title: 'Raw-export restriction' });

/** The processing section (principle 5). */
export const processing = z
  .strictObject({
    commitments: z.array(processingCommitment).default([]),
    feasibilityStudy: z.strictObject({ ...obligationFields, by: dateString(), trigger: z.string().min(1).optional() }).optional(),
    rawExport: rawExport.optional(),
    domesticOfftake: z.strictObject({ ...obligationFields, armsLength: z.boolean() }).optional(),
    tradeLawReviewed: z.boolean().optional().meta({ description: 'Compatibility with trade law (e.g. WTO) has been reviewed.' }),
  })
  .meta({ description: 'In-country processing (principle 5).' });
