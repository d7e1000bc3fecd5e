import { z } from 'zod';
import { clauseFields, described, partyRef } from './clause.js';
import { dateString, moneyString, rateString } from './exact-values.js';

/**
 * An option of a holder to acquire more equity (`ownership[i].options`): a stated share from named
 * holders, at a stated price, exercisable between two dates. Its exercise is an event in the period
 * actuals (`events: [{ clause: <option id>, date, kind: exercised }]`); the shares change from that
 * period's distributions on. The Simandou settlement agreement of 22 April 2011, for example, lets
 * the Government of Guinea take up to 35% of the project, 15% of it at no cost, the rest acquired in
 * stages (http://www.womp-int.com/story/2011vol04/story018.htm).
 */
export const equityOption = z
  .strictObject({
    ...clauseFields,
    from: z
      .array(
        z.strictObject({
          party: partyRef().meta({ description: 'A holder that sells part of its equity when the option is exercised.' }),
          share: described(rateString(), 'The share of the project\'s equity this holder sells, e.g. "20%".'),
        }),
      )
      .min(1)
      .meta({ description: 'Who sells the equity and how much each sells; the holder acquires the sum.' }),
    price: described(moneyString({ sign: 'non-negative' }), 'The total price of the equity acquired, paid by the holder to the sellers in proportion to the shares they sell.'),
    exercisableFrom: dateString().optional().meta({ description: 'The first day the option may be exercised; omitted: from the effective date.' }),
    exercisableTo: dateString().optional().meta({ description: 'The last day the option may be exercised; omitted: to the end of the term.' }),
  })
  .meta({ title: 'Equity option', description: 'An option to acquire more equity from named holders at a stated price; exercised by an event in the actuals.' });
