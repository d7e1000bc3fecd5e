import { z } from 'zod';
import { described } from './clause.js';
import { count, dateString, moneyString, quantityString, rateString } from './exact-values.js';

/** A share to be reached by a date, e.g. `{ by: 2031-12-31, share: "75%" }`. */
export const shareTarget = z
  .strictObject({
    by: described(dateString(), 'Date by which the share is to be reached.'),
    share: described(rateString(), 'The share to be reached by then.'),
  })
  .meta({ description: 'A share to be reached by a date.' });

/** A dated milestone: something to be done by a date. */
export const milestone = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).meta({ description: 'Stable id of the milestone.' }),
    description: z.string().min(1).meta({ description: 'What is to be done, e.g. "Refinery commissioned".' }),
    by: described(dateString(), 'Date by which it is to be done.'),
    spend: moneyString().optional().meta({ description: 'Spend committed by this date.' }),
  })
  .meta({ description: 'Something to be done by a date.' });

/** A count to be reached by a date, e.g. 120 people trained by 2028-12-31. */
export const countTarget = z
  .strictObject({
    by: described(dateString(), 'Date by which the number is to be reached.'),
    count: count().meta({ description: 'The number to be reached by then.' }),
  })
  .meta({ description: 'A number to be reached by a date.' });

/** A quantity to be reached by a date, e.g. processing capacity. */
export const quantityTarget = z
  .strictObject({
    by: described(dateString(), 'Date by which the quantity is to be reached.'),
    quantity: described(quantityString(), 'The quantity to be reached by then.'),
  })
  .meta({ description: 'A quantity to be reached by a date.' });
