import { z } from 'zod';
import { clauseFields, described, partyRef } from '../clause.js';
import { dateString, decimalString, moneyString } from '../exact-values.js';
import { priceCondition } from './price-condition.js';

/**
 * The EITI revenue streams a periodic fee can belong to: a licence fee (GFS 114521E), a surface
 * rent (1415E5), an administrative fee (1422E) or a community payment (a social payment, reported
 * as a payment to government only when its payee is a government body) or infrastructure funding
 * paid to the state (1415E4, compulsory transfers to government, infrastructure and other) or an
 * advance royalty paid before production (1415E1, royalties).
 */
export const feeStream = z.enum(['licence-fee', 'surface-rent', 'administrative-fee', 'community-payment', 'infrastructure', 'advance-royalty']);

/**
 * A fixed or indexed periodic payment (`revenue.fees`): an amount per year, quarter or month, paid
 * by the project company (or another party) to a payee from one date to another, prorated by day
 * for part-years, optionally indexed to a price index whose values the actuals give per period, and
 * optionally due only in periods whose average realised price of a commodity is above a stated price.
 */
export const periodicFee = z
  .strictObject({
    ...clauseFields,
    name: z.string().min(1).optional().meta({ description: 'What the legal text calls the payment, e.g. "annual licence fee".' }),
    payer: partyRef().optional().meta({ description: 'The party that pays; default the project company.' }),
    payee: partyRef().meta({ description: 'The party the fee is paid to.' }),
    amount: described(moneyString({ sign: 'positive' }), 'The fixed amount due per `per` (before indexation), e.g. "5000000 USD".'),
    per: z.enum(['year', 'quarter', 'month']).meta({ description: 'What the amount is for: a year, a quarter or a month. A quarterly or monthly amount is four or twelve times that a year, spread over the fiscal year by days.' }),
    from: dateString().optional().meta({ description: 'The first day the fee runs; default the effective date.' }),
    to: dateString().optional().meta({ description: 'The last day the fee runs; default the end of the term.' }),
    proration: z.enum(['daily', 'none']).prefault('daily').meta({ description: 'For a period only partly between from and to: daily pays the annual amount × days inside ÷ days of the fiscal year; none pays the whole period\'s share.' }),
    indexation: z
      .strictObject({
        index: z.string().min(1).meta({ description: 'The name of the index, as the actuals give it under `indices`, e.g. "US-CPI".' }),
        baseValue: described(decimalString({ sign: 'positive' }), 'The index value at the base date: the amount is multiplied by (index in the period ÷ base value).'),
      })
      .optional()
      .meta({ description: 'Indexation of the amount to a price index; its values per period come from the actuals.' }),
    onlyIfPriceAbove: priceCondition
      .optional()
      .meta({ description: 'The fee is due only for a period whose average realised price of the commodity (its gross revenue ÷ the quantity sold in the period) is above this price; a period without sales of it has no fee line and a warning in the notes (its price is unknown).' }),
    eitiStream: feeStream.meta({ description: 'The EITI revenue stream: licence-fee (114521E), surface-rent (1415E5), administrative-fee (1422E), community-payment, infrastructure (1415E4) or advance-royalty (1415E1).' }),
  })
  .refine((f) => f.from === undefined || f.to === undefined || f.from <= f.to, { error: 'the fee\'s "from" date is after its "to" date', path: ['to'] })
  .meta({ title: 'Periodic fee', description: 'A fixed or indexed amount paid every year, quarter or month: licence fees, surface rents, administrative fees, fixed community sums.' });
