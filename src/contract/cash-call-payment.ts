import { z } from 'zod';
import { oneEntryPer } from './one-entry-per.js';
import { described, partyRef } from './clause.js';
import { moneyString } from './exact-values.js';

/**
 * What a holder paid of its share of the period's cash call (`cashCalls` in the actuals), when it
 * did not pay all of it. The engine computes each holder's share of a cash call from the period's
 * shortfall; a holder not listed paid its share in full. What a holder leaves unpaid is paid by the
 * other (paying, uncarried) holders in proportion to their shares, and the contract's `dilution`
 * clause then reduces the defaulting holder's share. A carried holder's call is paid by its
 * carriers, so it is never listed.
 */
export const cashCallPayment = z
  .strictObject({
    party: partyRef().meta({ description: 'The holder that did not pay its whole share of the cash call.' }),
    paid: described(moneyString(), 'What it paid of its share, e.g. "0 USD"; the rest is unpaid.'),
    note: z.string().optional().meta({ description: 'Free text, e.g. the notice of default.' }),
  })
  .meta({ title: 'Cash call payment', description: 'What a holder paid of its share of the period\'s cash call, when it paid less than all of it.' });

/** The cash-call payments of a period: at most one per holder. */
export const cashCallPayments = z
  .array(cashCallPayment)
  .optional()
  .superRefine(oneEntryPer('party', (key) => `a second entry for "${key}" in the period`))
  .meta({ description: 'Holders that paid less than their share of the period\'s cash call, and what each paid; holders not listed paid in full.' });
