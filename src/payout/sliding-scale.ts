import { FairlodeError } from '../diagnostics/diagnostic.js';
import type { Contract } from '../contract/index.js';
import { Decimal, multiplyExactly } from '../money/decimal.js';
import { makeMoney, type Money } from '../money/money.js';
import { formatRate } from '../money/rate.js';
import { convertQuantity, convertUnitPrice, unitPriceToString, type Quantity, type UnitPrice } from '../quantity/index.js';
import type { PreparedScale } from './payout-context.js';

/**
 * A sliding scale of royalty rates by price, as a contract states it (`revenue.royalties[].sliding`).
 *
 * @example
 * ```ts
 * const scale: SlidingScale = contract.revenue.royalties[0]!.sliding!;
 * ```
 */
export type SlidingScale = NonNullable<Contract['revenue']['royalties'][number]['sliding']>;

/**
 * One band of a sliding scale as applied to a price.
 *
 * @example
 * ```ts
 * slidingScaleRoyalty(scale, unitPrice('9000 USD/t'), quantity('1 t')).bands.map((b) => b.slice.toString()); // ['4000', '1000', '2000', '2000']
 * ```
 */
export interface AppliedBand {
  /** The band's position in the scale, from 0. */
  readonly index: number;
  /** The band's lower edge (the previous band's upper edge); undefined for the first band. */
  readonly from: Decimal | undefined;
  /** The band's upper edge; undefined for the last band. */
  readonly upTo: Decimal | undefined;
  /** The band's rate. */
  readonly rate: Decimal;
  /** Incremental scales: the slice of the price inside this band. Whole-value scales: the whole price. */
  readonly slice: Decimal;
}

/**
 * The royalty a sliding scale gives for one sale.
 *
 * @example
 * ```ts
 * const r = slidingScaleRoyalty(scale, unitPrice('9000 USD/t'), quantity('1 t'));
 * r.perUnit.toString(); // '595'
 * ```
 */
export interface SlidingScaleRoyalty {
  /** The royalty, exact (not rounded). */
  readonly amount: Money;
  /** The price the bands were read at, in the scale's own unit. */
  readonly price: UnitPrice;
  /** The quantity, in the scale's own unit. */
  readonly quantity: Quantity;
  /** The bands applied: one for a whole-value scale, every band the price reaches for an incremental one. */
  readonly bands: readonly AppliedBand[];
  /** The royalty per unit of quantity: rate × price (whole value) or Σ rate × slice (incremental). */
  readonly perUnit: Decimal;
}

const ZERO = new Decimal(0);
const prepared = new WeakMap<SlidingScale, PreparedScale>();

/** Prepares a contract's sliding scale: every edge in the first edge's currency and unit. */
export function prepareSlidingScale(s: SlidingScale): PreparedScale {
  let p = prepared.get(s);
  if (p === undefined) {
    const first = s.bands.find((b) => b.upTo !== undefined)?.upTo;
    const edges: Decimal[] = [];
    for (const b of s.bands) if (b.upTo !== undefined) edges.push(first ? convertUnitPrice(b.upTo, first.per).amount : b.upTo.amount);
    p = Object.freeze({ mode: s.mode, edge: s.edge, currency: first?.currency, unit: first?.per, edges, rates: s.bands.map((b) => b.rate) }) as PreparedScale;
    prepared.set(s, p);
  }
  return p;
}

/**
 * The band a price falls in. With the `next-band` edge convention (the default) a price equal to a
 * band's upper edge belongs to the next band ("4,500 or higher but less than 6,000"); with
 * `this-band` it belongs to the band it closes ("up to and including 1,900").
 */
export function bandIndex(scale: PreparedScale, price: Decimal): number {
  const edges = scale.edges;
  for (let i = 0; i < edges.length; i++) {
    const c = price.comparedTo(edges[i]!);
    if (c < 0 || (c === 0 && scale.edge === 'this-band')) return i;
  }
  return edges.length;
}

/** The bands applied to a price (in the scale's unit) and the royalty per unit of quantity. */
export function slidingPerUnit(scale: PreparedScale, price: Decimal): { perUnit: Decimal; bands: AppliedBand[] } {
  const edges = scale.edges;
  if (scale.mode === 'whole-value') {
    const i = bandIndex(scale, price);
    const rate = scale.rates[i]!;
    return { perUnit: rate.times(price), bands: [{ index: i, from: i === 0 ? undefined : edges[i - 1], upTo: edges[i], rate, slice: price }] };
  }
  // Incremental: each slice of the price between two edges pays its own band's rate; the total is
  // continuous in the price, so the edge convention changes no amount.
  const bands: AppliedBand[] = [];
  let perUnit = ZERO;
  let lower = ZERO;
  for (let i = 0; i <= edges.length; i++) {
    const upper = edges[i];
    if (price.lte(lower) && i > 0) break;
    const top = upper === undefined || price.lt(upper) ? price : upper;
    const slice = top.minus(lower);
    if (slice.gt(0)) {
      const rate = scale.rates[i]!;
      perUnit = perUnit.plus(rate.times(slice));
      bands.push({ index: i, from: i === 0 ? undefined : lower, upTo: upper, rate, slice });
    }
    if (upper === undefined) break;
    lower = upper;
  }
  return { perUnit, bands };
}

/** Describes the bands applied, for a payout line: `8.5% (7500 to 9000 USD/t)` or `4% to 4000, 6.5% to 5000, … USD/t`. */
export function describeBands(scale: PreparedScale, bands: readonly AppliedBand[]): string {
  const unit = scale.unit === undefined ? '' : ` ${String(scale.currency)}/${scale.unit.symbol}`;
  if (scale.mode === 'whole-value') {
    const b = bands[0]!;
    const range = b.from === undefined ? (b.upTo === undefined ? 'every price' : `below ${b.upTo.toFixed()}`) : b.upTo === undefined ? `from ${b.from.toFixed()}` : `${b.from.toFixed()} to ${b.upTo.toFixed()}`;
    // The edge convention is named only for a price on an edge, where it decided the band.
    const onEdge = (b.from !== undefined && b.slice.eq(b.from)) || (b.upTo !== undefined && b.slice.eq(b.upTo));
    return `${formatRate(b.rate)} of the whole value (${range}${unit}${onEdge ? `, ${scale.edge === 'next-band' ? 'edge price in the next band' : 'edge price in this band'}` : ''})`;
  }
  return `incremental: ${bands.map((b) => `${formatRate(b.rate)} on ${b.slice.toFixed()}`).join(' + ')}${unit}`;
}

/**
 * The royalty a sliding scale gives for one sale of `quantity` at `price`, exact (round it where the
 * contract says). The price is read in the scale's own unit, converted exactly (a price per `lb` is
 * compared with bands per `t`).
 *
 * - **whole-value**: the rate of the band the price falls in applies to the whole value.
 * - **incremental**: each slice of the price pays its own band's rate, like income tax brackets.
 *
 * @throws FairlodeError when the price is in another currency than the bands, or the units measure
 * different things.
 * @example
 * ```ts
 * // Zambia's copper royalty from 2023 (incremental 4%, 6.5%, 8.5%, 10% with edges 4000/5000/7000 USD/t):
 * const r = slidingScaleRoyalty(scale, unitPrice('9000 USD/t'), quantity('1 t'));
 * moneyToString(r.amount); // '595.00 USD' = 4%×4000 + 6.5%×1000 + 8.5%×2000 + 10%×2000
 * ```
 */
export function slidingScaleRoyalty(scale: SlidingScale, price: UnitPrice, quantity: Quantity): SlidingScaleRoyalty {
  const s = prepareSlidingScale(scale);
  const inUnit = s.unit === undefined ? price : convertUnitPrice(price, s.unit);
  if (s.currency !== undefined && inUnit.currency !== s.currency) {
    throw new FairlodeError({ code: 'money/currency-mismatch', message: `The price ${unitPriceToString(price)} is not in the scale's currency ${s.currency}.`, hint: 'convert the price with an explicit exchange rate first' });
  }
  const q = convertQuantity(quantity, inUnit.per);
  const { perUnit, bands } = slidingPerUnit(s, inUnit.amount);
  return Object.freeze({
    amount: makeMoney(multiplyExactly(perUnit, q.value), inUnit.currency),
    price: inUnit,
    quantity: q,
    bands: Object.freeze(bands.map((b) => Object.freeze(b))),
    perUnit,
  });
}
