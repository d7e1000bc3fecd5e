import { z } from 'zod';
import { clauseFields, described, identifier, partyRef } from '../clause.js';
import { dateString, moneyString, rateString, unitPriceString } from '../exact-values.js';
import { eitiClassification } from './eiti-classification.js';
import { profitLinkedRate } from './profit-linked-rate.js';
import { royaltyValuation } from './royalty-valuation.js';

/** One price band of a sliding royalty. The last band has no upper edge. */
export const priceBand = z
  .strictObject({
    upTo: unitPriceString({ sign: 'positive' }).optional().meta({ description: 'The band\'s upper price edge; omitted on the last band.' }),
    rate: described(rateString(), 'The band\'s royalty rate: in whole-value mode it applies to the whole value when the price falls in this band; in incremental mode, to the part of the price within the band.'),
  })
  .meta({ description: 'A price band and its rate.' });

/** A royalty whose rate depends on the price. */
export const slidingScale = z
  .strictObject({
    mode: z.enum(['whole-value', 'incremental']).meta({
      description: 'whole-value: the rate of the band the price falls in applies to the whole value; incremental: each slice of the price pays its own band\'s rate.',
    }),
    edge: z.enum(['next-band', 'this-band']).default('next-band').meta({
      description: 'Which band a price exactly at a band\'s upper edge belongs to (default: the next band).',
    }),
    bands: z.array(priceBand).min(1).meta({ description: 'The price bands, from the lowest price to the highest; every band but the last has an upper edge.' }),
  })
  .meta({ description: 'A sliding scale of royalty rates by price.' });

/** A rate that changes on stated dates: each step applies from its date until the next. */
export const rateSchedule = z
  .array(
    z
      .strictObject({
        from: described(dateString(), 'Date from which this rate applies, until the next step\'s date.'),
        rate: described(rateString(), 'The royalty rate from that date, as a share of the base.'),
      })
      .meta({ description: 'A rate step: the rate that applies from a date.' }),
  )
  .min(1)
  .meta({ description: 'Dated rate steps; each applies from its date until the next.' });

/**
 * A royalty: ad valorem (`rate` on gross revenue or net smelter return), specific (`perUnit` of
 * quantity sold), sliding by price (`sliding`), or stepping with the operating margin or R-factor
 * (`profitLinked`). Exactly one of the four. `valuation` values the base at a reference price.
 */
export const royalty = z
  .strictObject({
    ...clauseFields,
    commodity: identifier().meta({ description: 'The commodity (an id under `commodities`).' }),
    base: z.enum(['gross-revenue', 'net-smelter-return', 'quantity']).default('gross-revenue').meta({
      description: 'What the royalty is computed on: gross-revenue (quantity sold × price), net-smelter-return (gross revenue less the deductions allowed under `netSmelterReturn`) or quantity (the quantity sold, with `perUnit`).',
    }),
    payee: partyRef().meta({ description: 'The party the royalty is paid to.' }),
    rate: z.union([rateString(), rateSchedule]).optional().meta({ description: 'An ad valorem rate (a share of the base), or dated rate steps.' }),
    perUnit: unitPriceString().optional().meta({ description: 'A specific royalty per unit of quantity sold, e.g. "15 USD/t".' }),
    sliding: slidingScale.optional(),
    profitLinked: profitLinkedRate.optional(),
    valuation: royaltyValuation.optional(),
    minimumRate: rateString().optional().meta({ description: 'Floor: the royalty is at least this share of its base.' }),
    maximumRate: rateString().optional().meta({ description: 'Cap: the royalty is at most this share of its base.' }),
    minimumPerPeriod: moneyString().optional().meta({ description: 'Floor: a minimum amount per period.' }),
    eiti: eitiClassification.optional(),
  })
  .refine((r) => [r.rate, r.perUnit, r.sliding, r.profitLinked].filter((x) => x !== undefined).length === 1, {
    error: 'a royalty states exactly one of "rate", "perUnit", "sliding" or "profitLinked"',
  })
  .refine((r) => r.valuation === undefined || (r.perUnit === undefined && r.base === 'gross-revenue'), {
    error: 'a royalty with "valuation" is levied on the value of its sales (base: gross-revenue, with the deductions the valuation lists), not on a quantity or on net smelter return',
    path: ['valuation'],
  })
  .meta({
    title: 'Royalty',
    description: 'A royalty on one commodity, paid to one payee: ad valorem (`rate`), specific (`perUnit`), sliding by price (`sliding`) or stepping with a profitability measure (`profitLinked`); exactly one of the four. `valuation` values the base at a reference price instead of the realised one.',
  });
