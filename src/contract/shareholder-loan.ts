import { z } from 'zod';
import { clauseFields, described, partyRef } from './clause.js';
import { dateString, moneyString, rateString } from './exact-values.js';
import { carryInterestIndex } from './ownership.js';
import { Decimal } from '../money/decimal.js';

/** One lender of a shareholder loan and its share of the loan. */
const lender = z.strictObject({
  party: partyRef().meta({ description: 'The lender: a shareholder, the state or a state enterprise.' }),
  share: described(rateString(), 'Its share of the loan, e.g. "10%": it lends that share of every drawdown and receives that share of the interest and repayments.'),
});

/**
 * A shareholder loan (`relatedParties.shareholderLoans[i]`): money lent to the project company by
 * its shareholders (and, where it lends too, the state or a state enterprise), each lender in its
 * stated share. Interest on the principal outstanding is paid to the lenders every period before
 * distributions, at a fixed annual rate or at an index plus a margin (as a carry's interest).
 * Drawdowns beyond the `principal` and repayments of principal are reported in the actuals
 * (`loans: [{ loan, drawn, repaid }]`).
 */
export const shareholderLoan = z
  .strictObject({
    ...clauseFields,
    lenders: z
      .array(lender)
      .min(1)
      .superRefine((list, ctx) => {
        const total = list.reduce((a, l) => a.plus(l.share), new Decimal(0));
        if (!total.eq(1)) ctx.addIssue({ code: 'custom', message: `the lenders' shares sum to ${total.times(100).toFixed()}%, not 100%`, input: list });
        const seen = new Set<string>();
        list.forEach((l, i) => {
          if (seen.has(l.party)) ctx.addIssue({ code: 'custom', path: [i, 'party'], message: `"${l.party}" is listed twice as a lender; give its whole share once`, input: l.party });
          seen.add(l.party);
        });
      })
      .meta({ description: 'Who lends and in what shares (summing to 100%).' }),
    principal: described(moneyString({ sign: 'positive' }), 'The amount lent on the date `drawn`, e.g. "200000000 USD"; later drawdowns come from the actuals.').optional(),
    drawn: dateString().optional().meta({ description: 'The date the `principal` is lent; default the effective date. Interest runs from the period after the one holding it.' }),
    interest: described(rateString(), 'The annual interest rate; with `interestIndex`, the margin over the index (e.g. "6.5%" over SOFR).'),
    interestIndex: carryInterestIndex.optional(),
    deductible: z.boolean().optional().meta({ description: 'Whether the interest is deducted from taxable income under the contract\'s income tax. Omitted: not stated, so not deducted, and the statement says so.' }),
  })
  .refine((l) => l.drawn === undefined || l.principal !== undefined, { error: 'a "drawn" date needs the "principal" lent on it', path: ['drawn'] })
  .meta({
    title: 'Shareholder loan',
    description: 'A loan from the shareholders (and the state, where it lends) to the project company: interest on the principal outstanding is paid to each lender in its share before distributions.',
  });

/** The shareholder loans of a contract. */
export const shareholderLoans = z.array(shareholderLoan).meta({ description: 'Loans from shareholders (and the state or a state enterprise, where it lends) to the project company.' });
