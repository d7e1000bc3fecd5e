import { z } from 'zod';
import { clauseFields, described, partyRef } from '../clause.js';
import { count, dateString, moneyString, rateString } from '../exact-values.js';
import { eitiClassification } from './eiti-classification.js';

/**
 * When a tax rule starts counting: on a stated date, or at `commercial-production`, the date the
 * period actuals record with an event on the income tax clause
 * (`events: [{ clause: <income tax id>, kind: commercial-production, date }]`).
 */
export const taxStart = z
  .union([z.literal('commercial-production'), dateString()])
  .meta({ description: 'commercial-production (the date the actuals record with an event of that kind on the income tax clause) or a date YYYY-MM-DD.' });

const startField = taxStart.optional().meta({ description: 'When depreciation starts: commercial-production (capital spent before it waits, undepreciated, until the fiscal year it starts in) or a date; omitted: from the year the capital is spent.' });

/** How capital expenditure is depreciated for income tax. */
export const depreciation = z
  .discriminatedUnion('method', [
    z.strictObject({ method: z.literal('straight-line'), years: z.int().min(1).max(100).meta({ description: 'Years over which each year\'s capital is written off in equal parts.' }), from: startField }),
    z.strictObject({ method: z.literal('declining-balance'), rate: described(rateString(), 'Share of the remaining pool written off each year.'), from: startField }),
  ])
  .meta({ description: 'Depreciation of capital expenditure.' });

/** One bracket of a progressive tax: the rate on taxable income up to `upTo` (the last: all above). */
export const taxBracket = z
  .strictObject({
    upTo: moneyString({ sign: 'positive' }).optional().meta({ description: 'The upper edge of the bracket (taxable income a year); omitted on the last bracket.' }),
    rate: described(rateString(), 'The rate on the taxable income within the bracket.'),
  })
  .meta({ description: 'One bracket of a progressive tax.' });

/**
 * Income tax on taxable income (revenue less royalties, community contributions, operating costs
 * and depreciation), assessed per fiscal year: at one rate or in progressive brackets, with an
 * optional holiday, investment credit and cap on the losses set against a year's income.
 */
export const incomeTax = z
  .strictObject({
    ...clauseFields,
    rate: described(rateString(), 'The tax rate on taxable income, e.g. "29%"; or give `brackets`.').optional(),
    brackets: z
      .array(taxBracket)
      .min(1)
      .optional()
      .meta({ description: 'Progressive brackets instead of one rate: each rate applies to the slice of a year\'s taxable income within its bracket, rising; every bracket but the last states `upTo`.' }),
    payee: partyRef().meta({ description: 'The government (a party) the tax is paid to.' }),
    depreciation,
    lossCarryForward: z
      .strictObject({
        years: count().meta({ description: 'Fiscal years a loss may be carried forward; 0 for none.' }),
        cap: rateString().optional().meta({ description: 'The most a year may set off of losses brought forward, as a share of its income before losses, e.g. "50%"; omitted: no cap.' }),
      })
      .optional()
      .meta({ description: 'Loss carry-forward; omitted means losses never expire.' }),
    royaltiesDeductible: z.boolean().optional().meta({ description: 'Whether royalties (and the raw-export levy) are deducted from taxable income. Omitted: deducted, with a note on each assessment that the contract does not say.' }),
    holiday: z
      .union([
        z.strictObject({
          years: z.int().min(1).max(99).meta({ description: 'How many years the holiday lasts.' }),
          from: taxStart,
          ref: z.string().optional().meta({ description: 'The clause number in the legal text.' }),
        }),
        z.strictObject({
          until: z.literal('payback').meta({ description: 'payback: a fiscal year is exempt unless the project\'s cumulative cash flow before income tax over the years before it (from the first period computed) is zero or more: the first year, and the year the investment is recovered in, are exempt.' }),
          ref: z.string().optional().meta({ description: 'The clause number in the legal text.' }),
        }),
      ])
      .optional()
      .meta({ description: 'A tax holiday: { years, from }, no tax on the income of the days within `years` years from `from` (a fiscal year partly within it is taxed on its days outside it); or { until: payback }, no tax for a fiscal year that starts before the investment is recovered.' }),
    investmentCredit: z
      .strictObject({
        rate: described(rateString(), 'The credit as a share of the capital spent in the fiscal year, e.g. "10%".'),
        ref: z.string().optional().meta({ description: 'The clause number in the legal text.' }),
      })
      .optional()
      .meta({ description: 'An investment tax credit: rate × the year\'s capital expenditure, set against the tax; what the tax does not absorb is carried forward (without expiry).' }),
    eiti: eitiClassification.optional(),
  })
  .refine((t) => (t.rate === undefined) !== (t.brackets === undefined), { error: 'income tax states either "rate" or "brackets", not both and not neither', path: ['rate'] })
  .refine((t) => t.brackets === undefined || t.brackets.every((b, i) => (i === t.brackets!.length - 1) === (b.upTo === undefined)), { error: 'every bracket but the last states "upTo", and the last does not', path: ['brackets'] })
  .refine((t) => t.brackets === undefined || t.brackets.every((b, i) => i === 0 || b.upTo === undefined || (b.upTo.currency === t.brackets![i - 1]!.upTo!.currency && b.upTo.amount.gt(t.brackets![i - 1]!.upTo!.amount))), { error: 'the brackets\' "upTo" rise, in one currency', path: ['brackets'] })
  .meta({ title: 'Income tax', description: 'Corporate income tax on the project.' });
