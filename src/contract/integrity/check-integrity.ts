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
 *
 * With `holes` (terms written as unknown are missing from `c`, even where the schema requires them), a
 * check that cannot run for a missing term is left out rather than guessed: an unknown share cannot
 * be summed, and the engines refuse to compute on it anyway.
 */
export function checkIntegrity(c: ContractTerms, clauses: readonly ClauseEntry[], termEnd: IsoDate, holes = false): IntegrityProblem[] {
  const checks: (() => IntegrityProblem[])[] = [
    () => checkUniqueIds(c, clauses),
    () => checkReferences(c, clauses),
    () => checkShares(c),
    () => checkPriceBands(c),
    () => checkProfitBands(c),
    () => checkBounds(c),
    () => checkPaymentCurrencies(c),
    () => checkDatesWithinTerm(c, termEnd),
    () => checkSchedulesForward(c),
  ];
  return checks.flatMap((check) => {
    if (!holes) return check();
    try {
      return check();
    } catch {
      return [];
    }
  });
}
