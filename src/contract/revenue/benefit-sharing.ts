import { z } from 'zod';
import { clauseFields, described, partyRef } from '../clause.js';
import { dateString, rateString } from '../exact-values.js';
import { eitiClassification } from './eiti-classification.js';

/**
 * The kinds of payment that can count towards the state's economic benefits: the payout line
 * kinds received by the state's parties.
 */
export const benefitComponent = z
  .enum(['royalty', 'export-duty', 'income-tax', 'withholding-tax', 'price-participation', 'fee', 'bonus', 'settlement', 'community-fund', 'community-fund-top-up', 'distribution'])
  .meta({ description: 'A kind of payment received by the state\'s parties that counts as a state benefit: royalty, export-duty, income-tax, withholding-tax, price-participation, fee, bonus, settlement, community-fund, community-fund-top-up, distribution (dividends on state equity).' });

/**
 * An aggregate benefit target with a yearly true-up (`revenue.benefitSharing`): the contract
 * promises the state a share of the economic benefits of each fiscal year, the state's benefits
 * being the payments of the named kinds (`counts`) received by its parties (`state`) and the
 * investors' benefits the distributions paid to everyone else. At the close of each fiscal year
 * the `payer` pays the state whatever closes the gap (never a negative amount).
 */
export const benefitSharing = z
  .strictObject({
    ...clauseFields,
    share: described(rateString(), 'The state\'s share of the total economic benefits of a fiscal year, e.g. "50%".'),
    state: z.array(partyRef()).min(1).meta({ description: 'The parties whose receipts are the state\'s benefits: the government, its agencies and state enterprises.' }),
    counts: z.array(benefitComponent).min(1).meta({ description: 'What counts as a state benefit: the kinds of payment received by the `state` parties (the basket).' }),
    payer: partyRef().meta({ description: 'Who pays the true-up, e.g. the investor (it comes out of the investors\' benefits, not the company\'s cash).' }),
    payee: partyRef().meta({ description: 'The state party the true-up is paid to; it must be one of `state`.' }),
    from: dateString().optional().meta({ description: 'The first day of the first fiscal year trued up (e.g. once capital is recovered); default the effective date.' }),
    eiti: eitiClassification.optional(),
  })
  .refine((b) => b.state.includes(b.payee), { error: 'the true-up\'s payee must be one of the state parties', path: ['payee'] })
  .refine((b) => !b.state.includes(b.payer), { error: 'the true-up\'s payer cannot be one of the state parties', path: ['payer'] })
  .meta({ title: 'Benefit sharing', description: 'A promised share of each fiscal year\'s total economic benefits for the state, with a yearly true-up payment that closes any gap.' });
