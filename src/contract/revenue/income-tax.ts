import { z } from 'zod';
import { clauseFields, described, partyRef } from '../clause.js';
import { count, rateString } from '../exact-values.js';
import { eitiClassification } from './eiti-classification.js';

/** How capital expenditure is depreciated for income tax. */
export const depreciation = z
  .discriminatedUnion('method', [
    z.strictObject({ method: z.literal('straight-line'), years: z.int().min(1).max(100).meta({ description: 'Years over which each year\'s capital is written off in equal parts.' }) }),
    z.strictObject({ method: z.literal('declining-balance'), rate: described(rateString(), 'Share of the remaining pool written off each year.') }),
  ])
  .meta({ description: 'Depreciation of capital expenditure.' });

/**
 * Income tax on taxable income (revenue less royalties, community contributions, operating costs
 * and depreciation), assessed per fiscal year.
 */
export const incomeTax = z
  .strictObject({
    ...clauseFields,
    rate: described(rateString(), 'The tax rate on taxable income, e.g. "29%".'),
    payee: partyRef().meta({ description: 'The government (a party) the tax is paid to.' }),
    depreciation,
    lossCarryForward: z
      .strictObject({ years: count().meta({ description: 'Fiscal years a loss may be carried forward; 0 for none.' }) })
      .optional()
      .meta({ description: 'Loss carry-forward; omitted means losses never expire.' }),
    eiti: eitiClassification.optional(),
  })
  .meta({ title: 'Income tax', description: 'Corporate income tax on the project.' });
