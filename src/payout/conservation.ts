import { minorUnitOf, type CurrencyCode } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney, moneyToString, type Money } from '../money/money.js';
import { listArgument, textArgument } from './payout-arguments.js';
import type { PayoutLine } from './payout-line.js';
import { PROJECT_COMPANY } from './payout-parties.js';

const ZERO = new Decimal(0);

/**
 * The proof that a statement adds up: everything that came into the company (sales revenue, cash
 * calls, retained cash drawn) equals everything that went out (costs, payments, distributions,
 * cash retained), to the minor unit.
 *
 * @example
 * ```ts
 * statement.conservation.balanced; // true
 * moneyToString(statement.conservation.difference); // '0.00 USD'
 * ```
 */
export interface Conservation {
  /** The sum of the lines paid to the company. */
  readonly sources: Money;
  /** The sum of the lines paid by the company. */
  readonly uses: Money;
  /** sources − uses: zero when balanced. */
  readonly difference: Money;
  /** Whether sources equal uses exactly and every line is a non-negative whole number of minor units. */
  readonly balanced: boolean;
  /** What is wrong, in plain sentences, when not balanced; empty when balanced. */
  readonly problems: readonly string[];
}

/**
 * Checks a statement's lines independently of how they were computed: adds up what came into the
 * project company and what went out, exactly, and checks that every amount is a non-negative whole
 * number of the currency's minor units and every line id is unique.
 *
 * @example
 * ```ts
 * const c = checkConservation(statement.lines, statement.currency);
 * c.balanced; // true
 * moneyToString(c.sources); // '136030000.00 USD'
 * ```
 */
export function checkConservation(lines: readonly PayoutLine[], currency: CurrencyCode): Conservation {
  listArgument('checkConservation', lines, 'lines', 'a list of payout lines');
  textArgument('checkConservation', currency, 'currency');
  let sources = ZERO;
  let uses = ZERO;
  const problems: string[] = [];
  const ids = new Set<string>();
  const places = minorUnitOf(currency);
  for (const l of lines) {
    if (ids.has(l.id)) problems.push(`The line id "${l.id}" is used twice.`);
    ids.add(l.id);
    const m = l.amount;
    const a = m.amount;
    if (m.currency !== currency) problems.push(`Line "${l.id}" is in ${m.currency}, not ${currency}.`);
    if (a.decimalPlaces() > places) problems.push(`Line "${l.id}" (${moneyToString(m)}) is not a whole number of minor units.`);
    if (a.isNegative() && !a.isZero()) problems.push(`Line "${l.id}" is negative (${moneyToString(m)}).`);
    if (l.from === l.to) problems.push(`Line "${l.id}" pays ${l.from} to itself.`);
    if (l.to === PROJECT_COMPANY) sources = sources.plus(a);
    if (l.from === PROJECT_COMPANY) uses = uses.plus(a);
  }
  const difference = sources.minus(uses);
  if (!difference.isZero()) problems.push(`What came in (${moneyToString(makeMoney(sources, currency))}) differs from what went out (${moneyToString(makeMoney(uses, currency))}) by ${moneyToString(makeMoney(difference, currency))}.`);
  return Object.freeze({
    sources: makeMoney(sources, currency),
    uses: makeMoney(uses, currency),
    difference: makeMoney(difference, currency),
    balanced: problems.length === 0,
    problems: Object.freeze(problems),
  });
}
