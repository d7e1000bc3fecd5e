import { z } from 'zod';
import { clauseFields, described, partyRef } from '../clause.js';
import { dateString, moneyString } from '../exact-values.js';
import { benefitComponent } from './benefit-sharing.js';
import { eitiClassification } from './eiti-classification.js';
import { priceCondition } from './price-condition.js';

/**
 * A minimum annual government payment with a yearly top-up (`revenue.minimumPayments`): the
 * contract promises the state at least `amount` a fiscal year from the payments of the named kinds
 * (`counts`, the basket) received by its parties (`state`, default the payee); at the close of each
 * fiscal year the payer (default the project company) pays the payee the shortfall, never a
 * negative amount. With `unlessPriceBelow` the promise lapses for a fiscal year whose average
 * realised price of the commodity is below the stated price.
 */
export const minimumPayment = z
  .strictObject({
    ...clauseFields,
    name: z.string().min(1).optional().meta({ description: 'What the legal text calls the payment, e.g. "aporte mínimo anual".' }),
    amount: described(moneyString({ sign: 'positive' }), 'The least the state receives from the basket in a fiscal year, e.g. "375000000 USD"; prorated by days for a fiscal year only partly within the term.'),
    counts: z.array(benefitComponent).min(1).meta({ description: 'What counts towards the minimum: the kinds of payment received by the `state` parties (the basket), e.g. [income-tax, withholding-tax, royalty].' }),
    state: z.array(partyRef()).min(1).optional().meta({ description: 'The parties whose receipts count; default the payee alone.' }),
    payer: partyRef().optional().meta({ description: 'Who pays the top-up; default the project company (paid before its distributions).' }),
    payee: partyRef().meta({ description: 'The party the top-up is paid to.' }),
    from: dateString().optional().meta({ description: 'The first day of the first fiscal year with a minimum; default the effective date.' }),
    unlessPriceBelow: priceCondition.optional().meta({ description: 'The minimum lapses for a fiscal year whose average realised price of the commodity (its gross revenue ÷ the quantity sold in the year) is below this price.' }),
    eiti: eitiClassification.optional(),
  })
  .refine((m) => m.state === undefined || m.state.includes(m.payee), { error: 'the top-up\'s payee must be one of the state parties', path: ['payee'] })
  .refine((m) => m.payer === undefined || (m.payer !== m.payee && !(m.state ?? []).includes(m.payer)), { error: 'the top-up\'s payer cannot be one of the state parties', path: ['payer'] })
  .meta({ title: 'Minimum payment', description: 'A minimum annual payment to the state from a basket of taxes and royalties, with a yearly top-up of any shortfall, lapsing when a commodity\'s price is below a floor.' });
