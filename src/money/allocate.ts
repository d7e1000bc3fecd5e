import { FairlodeError, unwrap } from '../diagnostics/diagnostic.js';
import { closestName } from '../diagnostics/closest-name.js';
import { minorUnitOf } from './currency.js';
import { Decimal, toDecimalOperand, type DecimalInput } from './decimal.js';
import { makeMoney, moneyToString, type Money } from './money.js';
import { isRoundedToMinorUnit, parseRoundingMode, roundMoney, type RoundingMode } from './rounding.js';

/** The allocation methods fairlode implements; the first is the default. */
export const ALLOCATION_METHODS = ['largest-remainder', 'in-order'] as const;

/**
 * How the minor units left over after flooring each exact share are handed out.
 *
 * - `largest-remainder` (Hamilton's method, the default): one unit each to the shares whose exact
 *   value lost the most when floored. Every part is within one minor unit of its exact share, and
 *   the result does not depend on the order of the parties except where remainders tie.
 * - `in-order`: one unit each to the parties in declared order, skipping zero weights (Dinero.js v1,
 *   moneyphp, Fowler's pattern). Simple to explain, but favours whoever is listed first: every
 *   part is at most one minor unit from its exact share, and a party listed early can get a unit
 *   on top of a share that was already whole (0.10 USD over 999:999:512:855:757:998 gives the
 *   third party 0.02 USD for an exact share of 0.01 USD).
 */
export type AllocationMethod = (typeof ALLOCATION_METHODS)[number];

/** Options for {@link allocate}. */
export interface AllocateOptions {
  /** How leftover minor units are handed out (default `largest-remainder`). */
  method?: AllocationMethod;
  /**
   * Round the total to its minor unit with this mode before splitting. Without it, a total that
   * is not a whole number of minor units (e.g. `10.005 USD`) is refused with
   * `allocation/total-not-in-minor-units`, so rounding never happens silently.
   */
  rounding?: RoundingMode;
}

/** The result of splitting an amount: the parts, and how they were made. */
export interface Allocation {
  /** The amount that was split (rounded first if `rounding` was given). Equals the sum of `parts`. */
  readonly total: Money;
  /** The weights as given, in declared order. */
  readonly weights: readonly Decimal[];
  /** One part per weight, in the weights' order; each a whole number of minor units. */
  readonly parts: readonly Money[];
  /** The method that handed out the leftover minor units. */
  readonly method: AllocationMethod;
  /** How equal claims on a leftover unit are settled: the earlier weight in declared order wins. */
  readonly tieBreak: 'declared-order';
  /** The mode the total was rounded with before splitting, when one was asked for. */
  readonly rounding?: RoundingMode;
}

function refuse(code: string, message: string, hint?: string): never {
  throw new FairlodeError(hint === undefined ? { code, message } : { code, message, hint });
}

function checkWeights(weights: readonly DecimalInput[]): Decimal[] {
  if (!Array.isArray(weights) || weights.length === 0) refuse('allocation/no-weights', 'Cannot allocate among no parties: the list of weights is empty.');
  const checked = weights.map((w, i) => {
    let d: Decimal;
    try {
      d = toDecimalOperand(w);
    } catch (e) {
      return refuse('allocation/invalid-weight', `Weight ${i + 1} (${String(w)}) is not a finite decimal number.`, e instanceof FairlodeError ? e.message : undefined);
    }
    if (d.isNegative() && !d.isZero()) refuse('allocation/negative-weight', `Weight ${i + 1} (${d.toString()}) is negative.`, 'weights must be zero or more');
    return d;
  });
  if (checked.every((d) => d.isZero())) refuse('allocation/zero-weights', 'Cannot allocate when every weight is zero.', 'give at least one party a positive weight');
  return checked;
}

/** Checked weights, as decimals and as whole numbers on a common scale, with their sum. */
interface PreparedWeights {
  readonly decimals: readonly Decimal[];
  readonly units: readonly bigint[];
  readonly sum: bigint;
}

function prepareWeights(weights: readonly DecimalInput[]): PreparedWeights {
  const decimals = Object.freeze(checkWeights(weights));
  let places = 0;
  for (const w of decimals) places = Math.max(places, w.decimalPlaces());
  const units = decimals.map((w) => scaled(w, places));
  let sum = 0n;
  for (const w of units) sum += w;
  return { decimals, units, sum };
}

// A frozen list of weights cannot change, so its checked form is kept: the payout engine splits
// every period's receipts by the same contract weights, and checking and scaling them again each
// time was a fifth of the fold's allocations. Lists that are not frozen are prepared every call.
const preparedByList = new WeakMap<readonly DecimalInput[], PreparedWeights>();

function preparedWeights(weights: readonly DecimalInput[]): PreparedWeights {
  if (!Array.isArray(weights) || !Object.isFrozen(weights)) return prepareWeights(weights);
  let p = preparedByList.get(weights);
  if (p === undefined) {
    p = prepareWeights(weights);
    preparedByList.set(weights, p);
  }
  return p;
}

// A decimal as a whole number of 10^-places units, exactly (the value must have at most `places` decimals).
function scaled(d: Decimal, places: number): bigint {
  return BigInt(d.toFixed(places).replace('.', ''));
}

// A whole number of 10^-places units back as a decimal.
function unscaled(units: bigint, places: number): Decimal {
  if (places === 0) return new Decimal(units.toString());
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(places + 1, '0');
  return new Decimal(`${negative ? '-' : ''}${digits.slice(0, -places)}.${digits.slice(-places)}`);
}

/**
 * Splits an amount among parties in proportion to their weights, to the currency's minor unit, so
 * that the parts add up exactly to the total. Each exact share is floored to the minor unit, then
 * the leftover units (fewer than the number of parties) are handed out one each by `method`;
 * equal claims go to the earlier weight. Zero weights get zero. A negative total is split as its
 * magnitude and every part negated, so `-x` splits as the mirror image of `x`.
 *
 * Weights are any non-negative decimals (shares, percentages, tonnes): only their ratios matter,
 * and they are used exactly. Throws a `FairlodeError` (`allocation/no-weights`,
 * `allocation/invalid-weight`, `allocation/negative-weight`, `allocation/zero-weights`,
 * `allocation/unknown-method`, `allocation/total-not-in-minor-units`) on bad input.
 *
 * @example
 * ```ts
 * allocate(money('100 USD'), [1, 1, 1]).parts;  // 33.34, 33.33, 33.33 USD
 * allocate(money('99.99 USD'), [75, 25]).parts; // 74.99, 25.00 USD (remainders .25 and .75)
 * allocate(money('99.99 USD'), [75, 25], { method: 'in-order' }).parts; // 75.00, 24.99 USD
 * ```
 */
export function allocate(total: Money, weights: readonly DecimalInput[], options: AllocateOptions = {}): Allocation {
  const method = options.method ?? 'largest-remainder';
  if (!(ALLOCATION_METHODS as readonly string[]).includes(method)) {
    const close = closestName(String(method), ALLOCATION_METHODS, 3);
    refuse('allocation/unknown-method', `"${String(method)}" is not an allocation method.`, close === undefined ? `use one of ${ALLOCATION_METHODS.join(', ')}` : `did you mean "${close}"?`);
  }
  const prepared = preparedWeights(weights);
  let amount = total;
  if (options.rounding !== undefined) amount = roundMoney(total, unwrap(parseRoundingMode(options.rounding)));
  else if (!isRoundedToMinorUnit(total)) {
    refuse('allocation/total-not-in-minor-units', `Cannot split ${moneyToString(total)}: it is not a whole number of the currency's minor units.`,
      "round the total first with roundMoney, or pass { rounding: 'half-even' } (or another named mode)");
  }
  const places = minorUnitOf(amount.currency);
  const units = splitUnits(scaled(amount.amount, places), prepared, method);
  const parts = Object.freeze(units.map((u) => makeMoney(unscaled(u, places), amount.currency)));
  const base = { total: amount, weights: prepared.decimals, parts, method, tieBreak: 'declared-order' as const };
  return Object.freeze(options.rounding === undefined ? base : { ...base, rounding: options.rounding });
}

// The core of the split, on whole minor units: exact integer arithmetic, no precision limit.
function splitUnits(total: bigint, weights: PreparedWeights, method: AllocationMethod): bigint[] {
  const negative = total < 0n;
  const t = negative ? -total : total;
  const { units: ws, sum } = weights;
  const floors: bigint[] = [];
  const remainders: bigint[] = [];
  let leftover = t;
  for (const w of ws) {
    const product = t * w;
    const floor = product / sum;
    floors.push(floor);
    remainders.push(product - floor * sum);
    leftover -= floor;
  }
  // Fewer leftover units than positive weights remain (the remainders' fractions sum to `leftover`,
  // each below one), so one pass hands them all out and zero weights never receive one.
  if (leftover > 0n) {
    const order = method === 'in-order' ? ws.map((_, i) => i).filter((i) => ws[i]! > 0n) : byLargestRemainder(remainders);
    for (let k = 0; k < Number(leftover); k++) floors[order[k]!]! += 1n;
  }
  return negative ? floors.map((f) => -f) : floors;
}

// Indices by remainder, largest first; equal remainders keep declared order (the sort is stable).
function byLargestRemainder(remainders: readonly bigint[]): number[] {
  return remainders.map((_, i) => i).sort((a, b) => {
    const ra = remainders[a]!;
    const rb = remainders[b]!;
    return ra === rb ? a - b : ra > rb ? -1 : 1;
  });
}

/**
 * {@link allocate} with the largest-remainder (Hamilton) method, named for contracts that say so.
 *
 * @example
 * ```ts
 * allocateLargestRemainder(money('0.05 EUR'), [70, 30]).parts; // 0.04, 0.01 EUR (3.5 and 1.5 cents: tie, declared order)
 * ```
 */
export function allocateLargestRemainder(total: Money, weights: readonly DecimalInput[], options: Omit<AllocateOptions, 'method'> = {}): Allocation {
  return allocate(total, weights, { ...options, method: 'largest-remainder' });
}

/**
 * {@link allocate} with the in-order method (leftover units to the parties in declared order).
 *
 * @example
 * ```ts
 * allocateInOrder(money('99.99 USD'), [75, 25]).parts; // 75.00, 24.99 USD
 * ```
 */
export function allocateInOrder(total: Money, weights: readonly DecimalInput[], options: Omit<AllocateOptions, 'method'> = {}): Allocation {
  return allocate(total, weights, { ...options, method: 'in-order' });
}
