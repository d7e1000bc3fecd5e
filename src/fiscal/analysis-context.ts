import { FairlodeError, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { holdersOf, isLoadedContract, type AssumedTerm, type Contract, type LoadedContract } from '../contract/index.js';
import { placeAt } from '../contract/placement.js';
import type { SourceDocument } from '../document/index.js';
import { Decimal, toDecimalOperand, type DecimalInput } from '../money/decimal.js';
import type { IsoDate, PeriodKind } from '../time/index.js';
import { readDiscountRate } from './cash-flow.js';
import { partyGroups, DEFAULT_GOVERNMENT_ROLES, type GovernmentTakeComposition, type PartyGroups, type PartyRole } from './government-take.js';
import type { LoadedPlan, Plan } from './load-plan.js';
import type { FirstFlowAt } from './npv.js';
import { resolvePriceScenario, type PriceScenario, type ResolvedPriceScenario } from './price-deck.js';
import { unknownTermsNeeded } from '../contract/unknown-needed.js';

/** Options for the breakeven price in {@link AnalyseOptions}. */
export interface BreakevenOptions {
  /** The commodity whose flat price is solved for (default: the one with the largest gross revenue in the plan). */
  commodity?: string;
  /** How close the price is found, per unit (default 0.01: to the cent). */
  tolerance?: DecimalInput;
}

/** Options for `analyse` and `analysePriceDeck`. */
export interface AnalyseOptions {
  /** Annual rate for the state's NPV and discounted government take (default 0.10, 10% real, FARI's usual benchmark). */
  discountRate?: DecimalInput;
  /** Annual rate the investor requires: its NPV and the breakeven price use it (default: the discount rate). */
  hurdleRate?: DecimalInput;
  /** Annual rate of the AETR (default: the hurdle rate, so the AETR is the state's share of the rent above the investor's required return). */
  aetrRate?: DecimalInput;
  /** When the first period's flows fall: `0` undiscounted (default), `1` a period later. */
  firstFlowAt?: FirstFlowAt;
  /** Prices to use instead of the plan's (default: the plan's). */
  prices?: PriceScenario;
  /** Which parties make up government take (default: every level of government and state enterprises, not community funds). */
  government?: GovernmentTakeComposition;
  /** The investor's party ids (default: the parties whose role is `investor`). */
  investors?: readonly string[];
  /**
   * Plan periods after the contract's term: `refuse` them (default) or `extend` the term to cover
   * them, assuming the fiscal terms continue unchanged (a warning says so).
   */
  beyondTerm?: 'refuse' | 'extend';
  /**
   * The company's retained cash left after the last period: `distribute` it to the equity holders
   * in proportion to their shares in that period (default), or `retain` it, outside every party's
   * cash flow.
   */
  closingReserve?: 'distribute' | 'retain';
  /** Solve for the breakeven price (default true); false skips it. */
  breakeven?: boolean | BreakevenOptions;
}

/** The conventions an analysis used, stated in its result. */
export interface FiscalConventions {
  /** Annual discount rate for the state's NPV and discounted government take. */
  readonly discountRate: Decimal;
  /** Annual rate the investor requires. */
  readonly hurdleRate: Decimal;
  /** Annual rate of the AETR. */
  readonly aetrRate: Decimal;
  /** When the first period's flows fall (0: undiscounted). */
  readonly firstFlowAt: FirstFlowAt;
  /** Periods per year (1 for years, 4 quarters, 12 months): rates are converted per period and IRRs annualised. */
  readonly periodsPerYear: number;
  /** What happens to the company's cash left at the end. */
  readonly closingReserve: 'distribute' | 'retain';
  /** What happens to periods after the contract's term. */
  readonly beyondTerm: 'refuse' | 'extend';
  /** The last day of the term as analysed, when it was extended to cover the plan. */
  readonly termExtendedTo: IsoDate | undefined;
  /** The roles counted as government. */
  readonly governmentRoles: readonly PartyRole[];
  /** Whether community funds count as government take. */
  readonly communityFundsCounted: boolean;
  /** The parties in each group. */
  readonly groups: PartyGroups;
  /** The contract's assumed terms (`{ assumed, basis }`): every figure of the analysis rests on them. Empty when none. */
  readonly assumptions: readonly AssumedTerm[];
}

/** An equity holder's weight in the distribution of the company's closing cash. */
export interface ClosingHolder {
  /** The party. */
  readonly party: string;
  /** Its share of equity (a holding shared in equal parts gives each part). */
  readonly weight: Decimal;
}

/** Everything an analysis needs that does not depend on prices: prepared once, reused across a deck. */
export interface AnalysisContext {
  /** The contract analysed (its term extended when asked). */
  readonly contract: Contract;
  /** The plan. */
  readonly plan: Plan;
  /** The conventions. */
  readonly conventions: FiscalConventions;
  /** Per-period rates: the annual rates converted to the plan's period. */
  readonly periodRates: { readonly discount: Decimal; readonly hurdle: Decimal; readonly aetr: Decimal };
  /** The base price scenario (the `prices` option, or the plan's). */
  readonly scenario: ResolvedPriceScenario;
  /** The equity holders, for the closing distribution. */
  readonly holders: readonly ClosingHolder[];
  /** The breakeven options, or undefined when not asked for. */
  readonly breakeven: BreakevenOptions | undefined;
  /** Warnings to report with every result. */
  readonly warnings: readonly Diagnostic[];
}

const PERIODS_PER_YEAR: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, year: 1, 'fiscal-year': 1 };
const extended = new WeakMap<Contract, Map<string, Contract>>();

/**
 * Whether a plan argument is a loaded plan (`loadPlan`'s value, with its source) rather than a bare
 * plan object.
 *
 * @example
 * ```ts
 * const plan = isLoadedPlan(given) ? given.plan : given;
 * ```
 */
export function isLoadedPlan(p: Plan | LoadedPlan): p is LoadedPlan {
  return 'plan' in p && 'source' in p;
}

function located(source: SourceDocument | undefined, path: (string | number)[], d: Omit<Diagnostic, 'path'>): Diagnostic {
  return source === undefined ? { ...d, path } : placeAt(source, path, d);
}

// One extended copy per contract and end date, so that the payout engine's per-contract
// preparation is reused across the scenarios of a deck.
function extendTerm(contract: Contract, end: IsoDate): Contract {
  let byEnd = extended.get(contract);
  if (byEnd === undefined) extended.set(contract, (byEnd = new Map()));
  let c = byEnd.get(end);
  if (c === undefined) byEnd.set(end, (c = Object.freeze({ ...contract, termEnd: end })));
  return c;
}

/**
 * An annual rate as the equivalent rate per period, for `k` periods a year: (1 + r)^(1/k) − 1
 * (compounding, not division).
 *
 * @example
 * ```ts
 * periodRate(new Decimal('0.1'), 4).toFixed(6); // '0.024114'
 * ```
 */
export function periodRate(annual: Decimal, k: number): Decimal {
  return k === 1 ? annual : annual.plus(1).pow(new Decimal(1).div(k)).minus(1);
}

/**
 * Prepares an analysis: reads the options, checks that the plan belongs to the contract and fits
 * its term, sorts the parties into groups and converts the rates to the plan's period. Problems
 * come back as diagnostics (located in the plan's file when it was loaded from text).
 *
 * @example
 * ```ts
 * const ctx = prepareAnalysis(loadedContract, loadedPlan, { beyondTerm: 'extend' });
 * if (ctx.ok) ctx.value.conventions.termExtendedTo; // '2055-06-30'
 * ```
 */
export function prepareAnalysis(contractIn: Contract | LoadedContract, planIn: Plan | LoadedPlan, options: AnalyseOptions = {}): Result<AnalysisContext> {
  const original = isLoadedContract(contractIn) ? contractIn.contract : contractIn;
  const plan = isLoadedPlan(planIn) ? planIn.plan : planIn;
  const source = isLoadedPlan(planIn) ? planIn.source : undefined;
  const fail = (d: Omit<Diagnostic, 'path'>, path: (string | number)[] = []): Result<AnalysisContext> => ({ ok: false, diagnostics: [located(source, path, d)] });
  if (plan.contract !== original.id) {
    return fail({ code: 'fiscal/wrong-contract', severity: 'error', message: `The plan "${plan.id}" is for contract "${plan.contract}", not "${original.id}".`, hint: 'check that the right files are paired' }, ['contract']);
  }
  const unknownTerms = unknownTermsNeeded(original, isLoadedContract(contractIn) ? contractIn.source.file : undefined, 'The fiscal analysis');
  if (unknownTerms.length > 0) return { ok: false, diagnostics: unknownTerms };
  if (plan.periods.length === 0) return fail({ code: 'fiscal/empty-plan', severity: 'error', message: `The plan "${plan.id}" has no periods.` }, ['periods']);
  try {
    const discountRate = readDiscountRate(options.discountRate ?? '0.1');
    const hurdleRate = options.hurdleRate === undefined ? discountRate : readDiscountRate(options.hurdleRate, 'The hurdle rate');
    const aetrRate = options.aetrRate === undefined ? hurdleRate : readDiscountRate(options.aetrRate, 'The AETR rate');
    const beyondTerm = options.beyondTerm ?? 'refuse';
    const warnings: Diagnostic[] = [];
    const last = plan.periods[plan.periods.length - 1]!.period;
    let contract = original;
    let termExtendedTo: IsoDate | undefined;
    const firstBeyond = plan.periods.findIndex((p) => p.period.start > original.termEnd);
    if (firstBeyond >= 0) {
      const span = `${plan.periods[firstBeyond]!.period.label}${firstBeyond === plan.periods.length - 1 ? '' : ` to ${last.label}`}`;
      if (beyondTerm === 'refuse') {
        return fail({ code: 'fiscal/beyond-term', severity: 'error', message: `The contract's term ends on ${original.termEnd}, but the plan runs on: ${span} fall after it.`, hint: 'shorten the plan, or analyse with beyondTerm: "extend" to assume the fiscal terms continue' }, ['periods', firstBeyond, 'period']);
      }
      termExtendedTo = last.end;
      contract = extendTerm(original, last.end);
      warnings.push(located(source, ['periods', firstBeyond, 'period'], { code: 'fiscal/term-extended', severity: 'warning', message: `The contract's term, which ends on ${original.termEnd}, is assumed extended to ${last.end} on the same terms, to cover ${span}.` }));
    }
    const groups = partyGroups(original, options.government ?? {}, options.investors);
    const k = PERIODS_PER_YEAR[plan.periods[0]!.period.kind];
    const holders: ClosingHolder[] = [];
    for (const h of original.ownership) {
      const parties = holdersOf(h);
      for (const party of parties) holders.push({ party, weight: h.share.div(parties.length) });
    }
    const breakeven = options.breakeven === false ? undefined : options.breakeven === true || options.breakeven === undefined ? {} : options.breakeven;
    if (breakeven?.commodity !== undefined && !original.commodities.some((c) => c.id === breakeven.commodity)) {
      return fail({ code: 'fiscal/unknown-commodity', severity: 'error', message: `"${breakeven.commodity}" is not a commodity of contract "${original.id}".`, hint: `known: ${original.commodities.map((c) => c.id).join(', ')}` });
    }
    if (breakeven?.tolerance !== undefined && !toDecimalOperand(breakeven.tolerance).isPositive()) {
      return fail({ code: 'fiscal/invalid-tolerance', severity: 'error', message: 'The breakeven tolerance must be a positive price per unit.' });
    }
    const conventions: FiscalConventions = Object.freeze({
      discountRate, hurdleRate, aetrRate,
      firstFlowAt: options.firstFlowAt ?? 0,
      periodsPerYear: k,
      closingReserve: options.closingReserve ?? 'distribute',
      beyondTerm,
      termExtendedTo,
      governmentRoles: Object.freeze([...(options.government?.roles ?? DEFAULT_GOVERNMENT_ROLES)]),
      communityFundsCounted: options.government?.communityFunds ?? false,
      groups,
      assumptions: Object.freeze([...(original.assumptions ?? [])]),
    });
    return {
      ok: true,
      value: Object.freeze({
        contract,
        plan,
        conventions,
        periodRates: Object.freeze({ discount: periodRate(discountRate, k), hurdle: periodRate(hurdleRate, k), aetr: periodRate(aetrRate, k) }),
        scenario: resolvePriceScenario(options.prices),
        holders: Object.freeze(holders),
        breakeven,
        warnings: Object.freeze(warnings),
      }),
      diagnostics: warnings,
    };
  } catch (e) {
    if (!(e instanceof FairlodeError)) throw e;
    return fail({ code: e.code, severity: 'error', message: e.message, ...(e.hint === undefined ? {} : { hint: e.hint }) });
  }
}
