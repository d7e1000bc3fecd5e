import { z } from 'zod';
import { described, identifier } from './clause.js';
import { unitPriceString } from './exact-values.js';

/** A reference (benchmark) price of one commodity for one period, with what it is. */
export const referencePrice = z
  .strictObject({
    price: described(unitPriceString({ sign: 'positive' }), 'The reference price for the period, with its currency and unit, e.g. "9350 USD/t".'),
    basis: z.string().min(1).optional().meta({ description: 'What the price is, in words, for the trace: e.g. "LME cash settlement, March 2031 average".' }),
  })
  .meta({ description: 'A commodity\'s reference price for the period and what it is.' });

/** Reference prices by commodity id, for royalties valued at a reference price. */
export const referencePrices = z
  .record(identifier(), referencePrice)
  .optional()
  .meta({ description: 'Per commodity id: the period\'s reference (benchmark) price, for royalties whose base is valued at a reference price (`valuation`).' });
