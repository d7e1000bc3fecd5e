import { z } from 'zod';
import { oneEntryPer } from './one-entry-per.js';
import { identifier } from './clause.js';
import { moneyString } from './exact-values.js';

/**
 * What happened to one shareholder loan's principal in a period (`loans` in the actuals): more
 * drawn (lent by the lenders in their shares) and principal repaid to them. Interest is not
 * reported: the engine computes it from the contract's rate.
 */
export const loanMovement = z
  .strictObject({
    loan: identifier().meta({ description: 'The id of the shareholder loan (`relatedParties.shareholderLoans[i].id`).' }),
    drawn: moneyString().optional().meta({ description: 'Principal drawn in the period, beyond the contract\'s `principal`.' }),
    repaid: moneyString().optional().meta({ description: 'Principal repaid to the lenders in the period; at most what is outstanding.' }),
  })
  .meta({ title: 'Loan movement', description: 'Principal of a shareholder loan drawn or repaid in the period.' });

/** The loan movements of a period: at most one entry per loan. */
export const loanMovements = z
  .array(loanMovement)
  .optional()
  .superRefine(oneEntryPer('loan', (key) => `a second entry for the loan "${key}" in the period`))
  .meta({ description: 'Principal of shareholder loans drawn or repaid in the period, by loan id.' });
