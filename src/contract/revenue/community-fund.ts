import { z } from 'zod';
import { clauseFields, clauseRef, described, modality, partyRef } from '../clause.js';
import { moneyString, rateString } from '../exact-values.js';
import { eitiClassification } from './eiti-classification.js';

/**
 * A community development fund contribution: `rate` of its `base`, accrued each period, with an
 * annual minimum and maximum applied per fiscal year.
 */
export const communityFund = z
  .strictObject({
    ...clauseFields,
    modality,
    payee: partyRef().meta({ description: 'The fund (a party) the contribution is paid to.' }),
    rate: described(rateString(), 'The contribution as a share of its base, e.g. "1%" of gross revenue.'),
    base: z.enum(['gross-revenue', 'net-smelter-return', 'royalty', 'net-profit']).meta({
      description: 'What the rate applies to: gross-revenue (sales value), net-smelter-return, royalty (the amount of the royalty named in `of`) or net-profit.',
    }),
    of: clauseRef().optional().meta({ description: 'With base "royalty": the royalty clause whose amount is the base.' }),
    minimumAnnual: moneyString().optional().meta({ description: 'Floor per fiscal year, topped up in the period that closes the year.' }),
    maximumAnnual: moneyString().optional().meta({ description: 'Cap per fiscal year.' }),
    governance: z
      .strictObject({
        board: z.boolean().meta({ description: 'A board with community representation governs the fund.' }),
        annualReport: z.boolean().meta({ description: 'The fund publishes an annual report.' }),
        audit: z.boolean().meta({ description: 'The fund\'s accounts are independently audited.' }),
      })
      .optional()
      .meta({ description: 'How the fund is governed, reported on and audited.' }),
    eiti: eitiClassification.optional(),
  })
  .refine((f) => (f.base === 'royalty') === (f.of !== undefined), { error: 'a fund with base "royalty" names the royalty in "of"; other bases do not' })
  .meta({
    title: 'Community fund',
    description: 'A contribution by formula: `rate` of its `base`, accrued each period, with any annual minimum and maximum applied per fiscal year.',
  });
