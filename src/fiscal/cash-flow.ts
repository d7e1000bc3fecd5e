import { FairlodeError } from '../diagnostics/diagnostic.js';
import { Decimal, toDecimalOperand, type DecimalInput } from '../money/decimal.js';

/**
 * A series of cash flows, one per period, in time order: negative is money paid out, positive is
 * money received. Each flow is a decimal string, a finite number or a Decimal.
 */
export type CashFlows = readonly DecimalInput[];

const ZERO = new Decimal(0);

/**
 * Reads cash flows into Decimals: strings and numbers strictly (as `toDecimal` does), Decimals as
 * they are. Throws a `FairlodeError` (`fiscal/not-a-cash-flow`) naming the first bad entry.
 *
 * @example
 * ```ts
 * readCashFlows(['-100', 60, new Decimal('60.5')]).map(String); // ['-100', '60', '60.5']
 * ```
 */
export function readCashFlows(flows: CashFlows): Decimal[] {
  if (!Array.isArray(flows)) throw new FairlodeError({ code: 'fiscal/not-a-cash-flow', message: 'Expected a list of cash flows.' });
  return flows.map((f, i) => {
    try {
      return toDecimalOperand(f);
    } catch (e) {
      if (!(e instanceof FairlodeError)) throw e;
      throw new FairlodeError({ code: 'fiscal/not-a-cash-flow', message: `Cash flow ${i + 1} is not a number: ${e.message}` });
    }
  });
}

/**
 * Reads a rate (0.1 means 10%) and checks it is above −100%, where discounting is defined.
 * Throws a `FairlodeError` (`fiscal/rate-out-of-range`) otherwise.
 *
 * @example
 * ```ts
 * readDiscountRate('0.08').toString(); // '0.08'
 * ```
 */
export function readDiscountRate(rate: DecimalInput, name = 'The discount rate'): Decimal {
  const r = toDecimalOperand(rate);
  if (r.lte(-1)) throw new FairlodeError({ code: 'fiscal/rate-out-of-range', message: `${name} is ${r.toString()}; discounting needs a rate above −1 (−100%).` });
  return r;
}

/**
 * How many times the sign of a series changes, zeros skipped: Descartes' rule of signs bounds the
 * number of internal rates of return by it (and gives their parity), so 0 means no IRR and 1
 * means exactly one.
 *
 * @example
 * ```ts
 * signChanges(readCashFlows([-100, 50, 0, 60, -5])); // 2
 * ```
 */
export function signChanges(flows: readonly Decimal[]): number {
  let last = 0;
  let changes = 0;
  for (const f of flows) {
    const s = f.isZero() ? 0 : f.isNegative() ? -1 : 1;
    if (s === 0) continue;
    if (last !== 0 && s !== last) changes++;
    last = s;
  }
  return changes;
}

/**
 * The sum of a series of Decimals.
 *
 * @example
 * ```ts
 * sumOf(readCashFlows([-100, 60, 60])).toString(); // '20'
 * ```
 */
export function sumOf(values: readonly Decimal[]): Decimal {
  let s = ZERO;
  for (const v of values) s = s.plus(v);
  return s;
}
