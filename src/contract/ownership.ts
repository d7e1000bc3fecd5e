import { z } from 'zod';
import { described, partyRef } from './clause.js';
import { equityOption } from './equity-option.js';
import { dateString, decimalString, rateString } from './exact-values.js';

/** A carrier of a carried interest, optionally with its share of the carry. */
const carrier = z.union([
  partyRef().meta({ description: 'The id of a carrier, carrying pro rata to its equity.' }),
  z.strictObject({
    party: partyRef().meta({ description: 'The id of the carrier.' }),
    share: described(rateString(), 'This carrier\'s share of the carried cash calls; either every carrier states one, summing to 100%, or none does.'),
  }),
]);

/**
 * The index a carry's interest follows, the `interest` rate being the margin on top of it: a
 * reference rate (such as SOFR) given in the actuals as a percentage per year, or a price index
 * (such as CPI) whose rise from the previous period is added to the balance with the margin. The
 * index values come from the actuals' `indices`, period by period.
 */
export const carryInterestIndex = z
  .discriminatedUnion('basis', [
    z.strictObject({
      basis: z.literal('reference-rate').meta({ description: 'The index is an interest rate: the actuals give it in percent per year (SOFR at 5.31% is `SOFR: "5.31"`); interest is (index + margin) × the balance × months ÷ 12.' }),
      index: z.string().min(1).meta({ description: 'The name of the reference rate, as the actuals give it under `indices`, e.g. "SOFR".' }),
    }),
    z.strictObject({
      basis: z.literal('inflation').meta({ description: 'The index is a price index: the balance rises with it (index in the period ÷ index in the previous period − 1) and earns the margin on top (× months ÷ 12).' }),
      index: z.string().min(1).meta({ description: 'The name of the price index, as the actuals give it under `indices`, e.g. "US-CPI".' }),
      baseValue: described(decimalString({ sign: 'positive' }), 'The index value the first period\'s rise is measured from, when a fold starts with a carry balance already owed.').optional(),
    }),
  ])
  .meta({ description: 'The index the carry interest follows: `interest` is then the margin over it, e.g. SOFR + 6.5% or CPI + 9.9%.' });

/** A write-off of part of a carry balance on a date. */
export const carryWriteOff = z
  .strictObject({
    date: described(dateString(), 'The date of the write-off: the balance brought into the period holding it is reduced.'),
    share: described(rateString(), 'The share of the balance written off, e.g. "50%"; "100%" forgives it all.'),
    ref: z.string().optional().meta({ description: 'The clause number in the legal text.' }),
  })
  .meta({ description: 'A write-off of part of the carry balance on a date: the carriers forgo that part; it is never recovered.' });

/**
 * A carried interest: its holder's share of cash calls is paid by the carriers and, unless
 * `recovery` is `none`, recorded as a balance repaid from the holder's distributions.
 */
export const carriedInterest = z
  .strictObject({
    by: z.array(carrier).min(1).meta({ description: 'Who pays the carried party\'s cash calls: party ids (pro rata to their equity) or {party, share}.' }),
    recovery: z.enum(['from-dividends', 'none']).default('from-dividends').meta({
      description: 'How the carriers recover what they paid: from-dividends (out of the carried party\'s dividends, before it receives any) or none (never: a free or funded carry).',
    }),
    interest: rateString().optional().meta({ description: 'Annual interest on the balance the carriers have not yet recovered (with `interestIndex`, the margin over the index); none if omitted.' }),
    interestIndex: carryInterestIndex.optional(),
    recoveryShare: rateString()
      .optional()
      .meta({ description: 'The share of each of the holder\'s distributions that repays the carry until it is repaid, e.g. "50%"; the holder receives the rest. Omitted: all of it (the holder receives nothing until the carry is repaid).' }),
    writeOffs: z.array(carryWriteOff).optional().meta({ description: 'Write-offs of part of the carry balance on stated dates.' }),
  })
  .refine((c) => c.interestIndex === undefined || c.interest !== undefined, { error: 'an interestIndex needs the margin over it in "interest" (write "0%" for none)', path: ['interest'] })
  .refine((c) => c.recovery === 'from-dividends' || (c.recoveryShare === undefined && c.writeOffs === undefined), {
    error: 'recoveryShare and writeOffs apply only to a carry recovered from dividends (recovery: from-dividends)',
  })
  .meta({
    description:
      'A carried interest: the holder\'s share of cash calls is paid by the carriers. With recovery from-dividends the carriers recover what they paid, with interest if stated, from the holder\'s dividends (all of them, or the `recoveryShare` of each) before the holder receives them; with recovery none they never recover it (a free or funded carry).',
  });

/**
 * One holding of equity in the project company. A holding is held by one `party`, or by several
 * `parties` in equal parts (so that 25% held in thirds stays exact rather than 8.33% each).
 */
export const holding = z
  .strictObject({
    party: partyRef().optional().meta({ description: 'The holder.' }),
    parties: z.array(partyRef()).min(2).optional().meta({ description: 'Several holders sharing this holding in equal parts.' }),
    share: described(rateString(), 'The share of equity, e.g. "25%".'),
    carried: carriedInterest.optional(),
    options: z.array(equityOption).optional().meta({ description: 'Options of this holder to acquire more equity from other holders at a stated price.' }),
    ref: z.string().optional().meta({ description: 'The clause number in the legal text.' }),
  })
  .refine((h) => (h.party === undefined) !== (h.parties === undefined), { error: 'a holding names either "party" or "parties", not both and not neither' })
  .refine((h) => h.options === undefined || h.party !== undefined, { error: 'an equity option belongs to a holding of one party ("party")', path: ['options'] })
  .meta({ title: 'Holding', description: 'One holding: a share of equity held by one party, or by several in equal parts, possibly carried by others.' });

/** The ownership section: holdings summing to exactly 100%. */
export const ownership = z.array(holding).min(1).meta({ description: 'Equity in the project company; shares sum to exactly 100%.' });
