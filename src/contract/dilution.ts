import { z } from 'zod';
import { clauseFields, described } from './clause.js';
import { moneyString, rateString } from './exact-values.js';

/**
 * Dilution of a holder that does not meet a cash call (`revenue.distributions.dilution`): what it
 * leaves unpaid is paid by the other holders that pay their own calls, in proportion to their
 * shares, and from the next period every holder's share is its capital contributed over all the
 * capital contributed (the standard dilution formula of joint-venture and shareholders'
 * agreements). With a `penalty` above 100%, what a holder pays for a defaulting holder counts that
 * many times in its contributions and the excess is taken from the defaulting holder's (penalty
 * dilution), so holders not involved keep their shares. A carried holder's calls are paid by its
 * carriers and count as its own contributions, so it is never diluted for them.
 */
export const dilution = z
  .strictObject({
    ...clauseFields,
    method: z.literal('contributions').meta({ description: 'contributions: each holder\'s new share = its capital contributed ÷ all the capital contributed, from the period after a default.' }),
    contributedBefore: described(moneyString(), 'The capital the holders contributed before the first period computed, in their shares, e.g. "500000000 USD" ("0 USD" if none): the contributions the formula starts from.'),
    penalty: described(rateString({ allowAboveHundred: true }), 'What a holder pays for a defaulting holder counts this many times in its contributions, the excess taken from the defaulting holder\'s contributions, e.g. "150%"; default 100% (no penalty).').optional(),
  })
  .refine((d) => d.penalty === undefined || d.penalty.gte(1), { error: 'a penalty factor is 100% or more ("150%" counts what is paid for a defaulting holder one and a half times)', path: ['penalty'] })
  .meta({
    title: 'Dilution',
    description: 'How a holder that does not pay its share of a cash call is diluted: the others pay it, and shares become capital contributed ÷ all capital contributed from the next period.',
  });
