import type { Contract } from '../contract/index.js';
import { Decimal } from '../money/decimal.js';
import { formatRate } from '../money/rate.js';
import { fiscalYear } from '../time/index.js';
import { exactProduct, moneyText, payable, type PayoutContext } from './payout-context.js';
import type { PayoutLine } from './payout-line.js';
import type { PeriodLedger } from './period-ledger.js';
import { PROJECT_COMPANY } from './payout-parties.js';
import { traceNode, type Trace } from './trace.js';

/** A contract's benefit-sharing clause (`revenue.benefitSharing[i]`). */
export type BenefitSharingClause = Contract['revenue']['benefitSharing'][number];

/** The component of the year's totals that holds the distributions paid to the investors. */
export const INVESTOR_DISTRIBUTIONS = 'investor-distributions';

/**
 * A fiscal year's benefits so far, per benefit-sharing clause: per component (a line kind received
 * by the state's parties, or {@link INVESTOR_DISTRIBUTIONS}) the amount so far.
 */
export type BenefitTotals = Map<string, Map<string, Decimal>>;

const ZERO = new Decimal(0);

interface Prepared {
  readonly state: ReadonlySet<string>;
  readonly counts: ReadonlySet<string>;
}
const prepared = new WeakMap<BenefitSharingClause, Prepared>();

function prepare(c: BenefitSharingClause): Prepared {
  let p = prepared.get(c);
  if (p === undefined) prepared.set(c, (p = { state: new Set(c.state), counts: new Set(c.counts) }));
  return p;
}

/**
 * Adds a period's lines to the year's benefit totals, for each benefit-sharing clause:
 *
 * - a line of a counted kind paid to one of the state parties by anyone else adds to that kind;
 * - a cash call paid by a state party takes from the state's `distribution` (when counted);
 * - a distribution (or carry repayment) paid to a party outside the state adds to the investors'
 *   benefits, and what those parties pay in (cash calls, and counted payments made directly to the
 *   state, such as a bonus the investor pays) takes from them.
 *
 * @example
 * ```ts
 * addBenefits(ctx, contract.revenue.benefitSharing, statement.lines, totals);
 * ```
 */
export function addBenefits(ctx: PayoutContext, clauses: readonly BenefitSharingClause[], lines: readonly PayoutLine[], totals: BenefitTotals): void {
  for (const c of clauses) {
    const { state, counts } = prepare(c);
    let t = totals.get(c.id);
    if (t === undefined) totals.set(c.id, (t = new Map()));
    // The amount is read only for the lines that count (reading it makes a Money).
    const add = (component: string, l: PayoutLine, sign: 1 | -1) => {
      const a = l.amount.amount;
      t.set(component, (t.get(component) ?? ZERO).plus(sign === 1 ? a : a.negated()));
    };
    for (const l of lines) {
      const fromState = state.has(l.from);
      // A contract party outside the state (not the company, its buyers, suppliers or reserve).
      const fromInvestor = !fromState && ctx.partyIndex.has(l.from);
      if (state.has(l.to)) {
        if (fromState || !counts.has(l.kind)) continue;
        add(l.kind, l, 1);
        if (fromInvestor) add(INVESTOR_DISTRIBUTIONS, l, -1);
      } else if (l.to === PROJECT_COMPANY) {
        if (fromState && counts.has('distribution')) add('distribution', l, -1);
        else if (fromInvestor) add(INVESTOR_DISTRIBUTIONS, l, -1);
      } else if (l.kind === 'distribution' || l.kind === 'carry-repayment') {
        add(INVESTOR_DISTRIBUTIONS, l, 1);
      }
    }
  }
}

/** What a true-up line's trace is rebuilt from. */
interface TrueUp {
  readonly ctx: PayoutContext;
  readonly clause: BenefitSharingClause;
  readonly fiscalYear: number;
  /** The year's totals per component, frozen at the close. */
  readonly components: readonly (readonly [string, Decimal])[];
  readonly state: Decimal;
  readonly investors: Decimal;
  readonly amount: Decimal;
}

/**
 * The true-up of a fiscal year under a benefit-sharing clause: with S the state's benefits of the
 * year (the counted kinds received by its parties) and I the investors' (distributions to everyone
 * else), the state is promised `share` × (S + I); the payer pays the state what closes the gap,
 *
 *     true-up = max(0, round(share × (S + I)) − S)
 *
 * rounded once to the minor unit with the contract's rounding mode. The true-up moves benefits from
 * the investors to the state, so afterwards the state holds its share of the same total.
 *
 * @example
 * ```ts
 * trueUpAmount(ctx, clause, state, investors); // 5000000.00 when share 50%, S 20M, I 30M
 * ```
 */
export function trueUpAmount(ctx: PayoutContext, clause: BenefitSharingClause, state: Decimal, investors: Decimal): Decimal {
  const promised = payable(ctx, exactProduct(state.plus(investors), clause.share));
  return promised.gt(state) ? promised.minus(state) : ZERO;
}

/** Explains a true-up: each component of the basket with its amount for the year, then the gap. */
export function trueUpTrace(t: TrueUp): Trace {
  const { ctx, clause } = t;
  const money = (d: Decimal) => moneyText(ctx, d);
  const stateInputs = t.components.filter(([k]) => k !== INVESTOR_DISTRIBUTIONS).map(([k, v]) => traceNode(`${k} received by the state in FY${t.fiscalYear}`, money(v), { clause: clause.id, ref: clause.ref }));
  const state = traceNode(`state benefits in FY${t.fiscalYear}`, money(t.state), { clause: clause.id, ref: clause.ref, formula: `sum of ${clause.counts.join(', ')} received by ${clause.state.join(', ')}`, inputs: stateInputs });
  const investors = traceNode(`investors' benefits in FY${t.fiscalYear}`, money(t.investors), { formula: `distributions (net of tax withheld) and carry repayments paid to parties other than ${clause.state.join(', ')}, less the cash calls and counted payments to the state they paid` });
  const total = t.state.plus(t.investors);
  return traceNode(`true-up for FY${t.fiscalYear}`, money(t.amount), {
    clause: clause.id,
    ref: clause.ref,
    formula: `max(0, ${formatRate(clause.share)} × (state benefits + investors' benefits) − state benefits); rounded ${ctx.mode} to the minor unit`,
    inputs: [
      traceNode('state\'s promised share', formatRate(clause.share), { clause: clause.id, ref: clause.ref }),
      state,
      investors,
      traceNode(`total economic benefits in FY${t.fiscalYear}`, money(total), { formula: 'state benefits + investors\' benefits' }),
      traceNode('promised to the state', money(payable(ctx, exactProduct(total, clause.share))), { formula: 'share × total' }),
    ],
  });
}

/**
 * The benefit-sharing step, after the waterfall: adds the period's lines to the year's totals and,
 * in the period that closes the fiscal year, adds each clause's `true-up` line (kept even at zero:
 * the yearly assessment is shown) from its payer to its payee. Years that start before the
 * clause's `from` date are not trued up. The payer is a party, never the project company, so the
 * true-up does not touch the company's cash.
 *
 * @example
 * ```ts
 * benefitSharingStep(ctx, ledger, year.benefits, 2028, closes);
 * ```
 */
export function benefitSharingStep(ctx: PayoutContext, ledger: PeriodLedger, totals: BenefitTotals, fy: number, closes: boolean): void {
  const clauses = ctx.contract.revenue.benefitSharing;
  if (clauses.length === 0) return;
  addBenefits(ctx, clauses, ledger.lines, totals);
  if (!closes) return;
  const start = fiscalYear(fy, ctx.startMonth).start;
  for (const clause of clauses) {
    if (clause.from !== undefined && start < clause.from) continue;
    const t = totals.get(clause.id) ?? new Map<string, Decimal>();
    let state = ZERO;
    for (const [k, v] of t) if (k !== INVESTOR_DISTRIBUTIONS) state = state.plus(v);
    const investors = t.get(INVESTOR_DISTRIBUTIONS) ?? ZERO;
    const amount = trueUpAmount(ctx, clause, state, investors);
    const data: TrueUp = { ctx, clause, fiscalYear: fy, components: Object.freeze([...t].map(([k, v]) => Object.freeze([k, v] as const))), state, investors, amount };
    ledger.add({ id: clause.id, kind: 'true-up', clause: clause.id, ref: clause.ref, from: clause.payer, to: clause.payee, amount, rate: clause.share, baseLabel: `total economic benefits in FY${fy}`, baseAmount: state.plus(investors), explain: trueUpTrace, data, keepZero: true });
  }
}
