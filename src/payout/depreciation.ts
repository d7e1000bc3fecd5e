import { Decimal } from '../money/decimal.js';
import { formatRate } from '../money/rate.js';
import { exactProduct, moneyText, payable, type IncomeTaxClause, type PayoutContext } from './payout-context.js';
import { traceNode, type Trace } from './trace.js';

/** One fiscal year's capital being written off straight-line (exact amounts). */
export interface Vintage {
  /** The fiscal year the capital was spent in. */
  readonly fiscalYear: number;
  /** The capital spent. */
  readonly cost: Decimal;
  /** Written off so far. */
  readonly writtenOff: Decimal;
  /** Fiscal years with a write-off so far. */
  readonly yearsWrittenOff: number;
}

/** A fiscal year's depreciation allowance and the capital left to write off after it. */
export interface Depreciation {
  /** The allowance deducted from the year's taxable income, in whole minor units. */
  readonly allowance: Decimal;
  /** Straight-line: the vintages still being written off. */
  readonly vintages: readonly Vintage[];
  /** Declining-balance: the written-down value of the pool after the allowance. */
  readonly pool: Decimal;
  readonly method: IncomeTaxClause['depreciation'];
  readonly fiscalYear: number;
  /** Declining-balance: the pool brought forward and the year's capital. */
  readonly opening: Decimal;
  readonly capital: Decimal;
  /** Straight-line: each vintage's part this year. */
  readonly parts: readonly { readonly vintage: Vintage; readonly part: Decimal }[];
  /** Whether depreciation has started (`depreciation.from`): before it, capital waits undepreciated. */
  readonly started: boolean;
}

const ZERO = new Decimal(0);

/**
 * The depreciation allowance of one fiscal year, assessed when the year closes. The year's capital
 * counts from the year it is spent (a full year's allowance in the first year). Before depreciation
 * starts (`started` false: `depreciation.from`, e.g. commercial production, has not come by the
 * year's end) there is no allowance: the year's capital joins the pool, or a vintage of which nothing
 * is written off yet, and the first year that starts takes a full year's allowance of all of it.
 *
 * - **straight-line** over N years: each year's capital is written off in N equal parts, each
 *   rounded to the minor unit; the last part is whatever remains, so the parts sum exactly to the cost.
 * - **declining-balance** at rate r: the year's capital joins the pool; the allowance is r × the
 *   pool, rounded; the pool is written down by the allowance.
 *
 * @example
 * ```ts
 * // straight-line over 5 years, 100000000.01 spent in FY2027: 20000000.00 in each of FY2027–FY2030, 20000000.01 in FY2031
 * depreciationForYear(ctx, { method: 'straight-line', years: 5 }, [], new Decimal(0), new Decimal('100000000.01'), 2027).allowance.toString(); // '20000000'
 * ```
 */
export function depreciationForYear(
  ctx: PayoutContext,
  method: IncomeTaxClause['depreciation'],
  vintages: readonly Vintage[],
  pool: Decimal,
  capital: Decimal,
  fiscalYear: number,
  started = true,
): Depreciation {
  if (!started) {
    const waiting = method.method === 'declining-balance' || capital.isZero() ? [...vintages] : [...vintages, { fiscalYear, cost: capital, writtenOff: ZERO, yearsWrittenOff: 0 }];
    return { allowance: ZERO, vintages: waiting, pool: method.method === 'declining-balance' ? pool.plus(capital) : pool, method, fiscalYear, opening: pool, capital, parts: [], started };
  }
  if (method.method === 'declining-balance') {
    const opening = pool.plus(capital);
    const allowance = payable(ctx, exactProduct(method.rate, opening));
    const closing = opening.minus(allowance);
    return { allowance, vintages, pool: closing, method, fiscalYear, opening: pool, capital, parts: [], started };
  }
  const years = method.years;
  const all = capital.isZero() ? [...vintages] : [...vintages, { fiscalYear, cost: capital, writtenOff: ZERO, yearsWrittenOff: 0 }];
  let allowance = ZERO;
  const next: Vintage[] = [];
  const parts: { vintage: Vintage; part: Decimal }[] = [];
  for (const v of all) {
    const remaining = v.cost.minus(v.writtenOff);
    let part = v.yearsWrittenOff >= years - 1 ? remaining : payable(ctx, v.cost.div(years));
    if (part.gt(remaining)) part = remaining;
    allowance = allowance.plus(part);
    parts.push({ vintage: v, part });
    const written = v.writtenOff.plus(part);
    if (written.lt(v.cost)) next.push({ fiscalYear: v.fiscalYear, cost: v.cost, writtenOff: written, yearsWrittenOff: v.yearsWrittenOff + 1 });
  }
  return { allowance, vintages: next, pool, method, fiscalYear, opening: pool, capital, parts, started };
}

/** Explains a year's depreciation. */
export function depreciationTrace(ctx: PayoutContext, d: Depreciation): Trace {
  const m = (x: Decimal) => moneyText(ctx, x);
  if (!d.started) {
    return traceNode(`depreciation for FY${d.fiscalYear}`, m(d.allowance), {
      formula: `none yet: depreciation starts ${d.method.from === 'commercial-production' ? 'at commercial production, which the actuals have not recorded by the end of the year' : `on ${String(d.method.from)}`}; the capital waits undepreciated`,
      inputs: [traceNode(`capital spent in FY${d.fiscalYear}`, m(d.capital))],
    });
  }
  if (d.method.method === 'declining-balance') {
    return traceNode(`depreciation for FY${d.fiscalYear}`, m(d.allowance), {
      formula: `${formatRate(d.method.rate)} × (written-down value brought forward + capital spent in the year), declining balance`,
      inputs: [
        traceNode('written-down value brought forward', m(d.opening)),
        traceNode(`capital spent in FY${d.fiscalYear}`, m(d.capital)),
        traceNode('written-down value carried forward', m(d.pool)),
      ],
    });
  }
  const years = d.method.years;
  return traceNode(`depreciation for FY${d.fiscalYear}`, m(d.allowance), {
    formula: `each year's capital written off straight-line over ${years} years, the last part taking what remains`,
    inputs: d.parts.map(({ vintage: v, part }) => traceNode(`capital of FY${v.fiscalYear} (${m(v.cost)}), part ${v.yearsWrittenOff + 1} of ${years}`, m(part))),
  });
}
