import { z } from 'zod';
import { clauseFields, described } from './clause.js';
import { decimalString, rateString } from './exact-values.js';
import { shareholderLoans } from './shareholder-loan.js';

/**
 * The related-party safeguards of an agreement: dealings between the project company and its
 * shareholders or their affiliates (sales of output, management and service fees, shareholder
 * loans) that can move profit out of the host country's tax base, and the shareholder loans made.
 */
export const relatedParties = z
  .strictObject({
    ...clauseFields,
    armsLength: z.boolean().meta({
      description: 'Sales to, and charges from, related parties are priced as between independent parties (the arm\'s-length principle), and the state may adjust them if not.',
    }),
    managementFeeCap: described(rateString(), 'The most that management and service fees paid to related parties may be, as a share of operating costs, for tax purposes.').optional(),
    maxDebtToEquity: described(decimalString({ sign: 'positive' }), 'The highest ratio of debt to equity for which interest is deductible (thin capitalisation), e.g. "3" for 3:1.').optional(),
    shareholderLoanRate: described(rateString(), 'The highest interest rate, or margin over the reference rate, a shareholder loan may carry for tax purposes.').optional(),
    shareholderLoans: shareholderLoans.optional(),
  })
  .meta({ title: 'Related-party safeguards', description: 'Arm\'s-length pricing of sales and charges between the project company and its affiliates, caps on management fees, and limits on shareholder debt.' });
