import type { IsoDate } from '../../time/index.js';
import type { ContractTerms } from '../contract.js';
import type { ClauseEntry } from './clause-index.js';
import { checkBounds } from './bounds.js';
import { checkPaymentCurrencies } from './currencies.js';
import { checkDatesWithinTerm, checkSchedulesForward } from './dates.js';
import { checkUniqueIds } from './identifiers.js';
import type { IntegrityProblem } from './integrity-problem.js';
import { checkPriceBands } from './price-bands.js';
import { checkProfitBands } from './profit-bands.js';
import { checkReferences } from './references.js';
import { checkShares } from './shares.js';

/**
 * Runs every integrity check: the conditions without which a contract is meaningless (unique ids,
 * resolvable references, shares summing to 100%, ordered bands, floors not above caps, dates within the term, schedules
 * going forward, payment currencies).
 */
export function checkIntegrity(c: ContractTerms, clauses: readonly ClauseEntry[], termEnd: IsoDate): IntegrityProblem[] {
  return [
    ...checkUniqueIds(c, clauses),
    ...checkReferences(c, clauses),
    ...checkShares(c),
    ...checkPriceBands(c),
    ...checkProfitBands(c),
    ...checkBounds(c),
    ...checkPaymentCurrencies(c),
    ...checkDatesWithinTerm(c, termEnd),
    ...checkSchedulesForward(c),
  ];
}
