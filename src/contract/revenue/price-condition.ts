import { z } from 'zod';
import { described, identifier } from '../clause.js';
import { unitPriceString } from '../exact-values.js';

/**
 * A condition on a commodity's price that switches a payment on or off: the price is the average
 * realised price of the commodity's sales over the span the payment is assessed on (the fiscal year
 * for a minimum payment, the period for a fee), i.e. the sales' gross revenue ÷ the quantity sold,
 * compared exactly with `price` in `price`'s unit.
 */
export const priceCondition = z
  .strictObject({
    commodity: identifier().meta({ description: 'The commodity whose price is compared (an id under `commodities`).' }),
    price: described(unitPriceString({ sign: 'positive' }), 'The price compared with the average realised price of the commodity\'s sales, e.g. "2.75 USD/lb".'),
  })
  .meta({ description: 'A commodity price the payment depends on, compared with the average realised price of the commodity\'s sales (gross revenue ÷ quantity sold).' });
