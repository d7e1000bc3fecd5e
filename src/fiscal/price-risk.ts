import { FairlodeError, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import type { Contract, LoadedContract } from '../contract/index.js';
import { Decimal, toDecimalOperand, type DecimalInput } from '../money/decimal.js';
import type { CurrencyCode } from '../money/currency.js';
import type { UnitPrice } from '../quantity/index.js';
import { prepareAnalysis, type AnalyseOptions, type AnalysisContext } from './analysis-context.js';
import { analyseScenario } from './analyse.js';
import type { LoadedPlan, Plan, PlanPeriod } from './load-plan.js';
import { PLAN_PRICES } from './price-deck.js';
import { pricePathGenerator, type PriceModel, type PricePathOptions } from './price-paths.js';
import { SeededRandom } from './seeded-random.js';

/** Options for {@link priceRisk}: the analysis's own options (rates, term, government), the paths and the price model (as for `pricePathGenerator`; a `longRunMean` defaults to the first period's price). */
export interface PriceRiskOptions extends Omit<AnalyseOptions, 'prices' | 'breakeven'>, Pick<PricePathOptions, 'model' | 'volatility' | 'drift' | 'longRunMean' | 'speed' | 'correlation'> {
  /** How many price paths to simulate (a whole number, 1 or more). */
  readonly paths: number;
  /** The seed of the generator: the same seed gives a byte-identical result. */
  readonly seed: number | bigint;
  /** The commodities whose prices are simulated (default: every commodity the plan prices, in the plan's order); the others keep the plan's prices. */
  readonly commodities?: readonly string[] | undefined;
  /** The investor's hurdle for the probability that its IRR falls short (default: the hurdle rate). */
  readonly irrHurdle?: DecimalInput | undefined;
  /** The decimal places a simulated price is rounded to, half-even, before the fiscal engine sees it (default 2). */
  readonly pricePlaces?: number | undefined;
}

/** The distribution of one figure over the paths where it is defined. */
export interface Distribution {
  /** The paths where the figure is defined. */
  readonly count: number;
  /** The paths where it is not (a ratio with no rent, a cash flow with no rate). */
  readonly undefinedPaths: number;
  /** The arithmetic mean (undefined when no path defines the figure). */
  readonly mean: Decimal | undefined;
  /** The sample standard deviation, with n − 1 (0 for one path). */
  readonly standardDeviation: Decimal | undefined;
  /** The 10th percentile, nearest rank. */
  readonly p10: Decimal | undefined;
  /** The median, nearest rank. */
  readonly p50: Decimal | undefined;
  /** The 90th percentile, nearest rank. */
  readonly p90: Decimal | undefined;
}

/** The percentiles of a commodity's simulated price in one period, for a fan chart. */
export interface PriceBand {
  /** The period's label. */
  readonly period: string;
  /** 10th percentile, nearest rank. */
  readonly p10: Decimal;
  /** Median. */
  readonly p50: Decimal;
  /** 90th percentile. */
  readonly p90: Decimal;
}

/** The result of {@link priceRisk}. */
export interface PriceRisk {
  /** The contract id. */
  readonly contract: string;
  /** The plan id. */
  readonly plan: string;
  /** The currency of every amount. */
  readonly currency: CurrencyCode;
  /** The paths simulated. */
  readonly paths: number;
  /** The seed, as a decimal string. */
  readonly seed: string;
  /** The model. */
  readonly model: PriceModel;
  /** The model's parameters as given (volatility, drift, long-run mean, speed, correlation): what the distribution assumes. */
  readonly parameters: PriceModelParameters;
  /** The commodities simulated, in order. */
  readonly commodities: readonly string[];
  /** Per simulated commodity, the currency and unit of its prices, e.g. `USD/t`. */
  readonly priceUnits: Readonly<Record<string, string>>;
  /** The decimal places of the simulated prices. */
  readonly pricePlaces: number;
  /** The discount rate of the state's NPV, the hurdle rate of the investor's NPV and the IRR hurdle. */
  readonly rates: { readonly discount: Decimal; readonly hurdle: Decimal; readonly irrHurdle: Decimal };
  /** Government take (undiscounted share of pre-fiscal net cash flow). */
  readonly governmentTake: Distribution;
  /** The state's NPV at the discount rate. */
  readonly stateNpv: Distribution;
  /** The investor's NPV at its hurdle rate. */
  readonly investorNpv: Distribution;
  /** The state's IRR (often undefined: the state rarely invests). */
  readonly stateIrr: Distribution;
  /** The investor's IRR. */
  readonly investorIrr: Distribution;
  /** The share of paths where the state's NPV is below zero. */
  readonly probabilityStateNpvBelowZero: Decimal;
  /** The share of paths where the investor's IRR is below the IRR hurdle (a path where the investor never receives anything counts as below). */
  readonly probabilityInvestorIrrBelowHurdle: Decimal;
  /** The share of the price risk each side bears: sd(state NPV) / (sd(state NPV) + sd(investor NPV)), and the rest; undefined when neither varies. */
  readonly riskShare: { readonly state: Decimal; readonly investor: Decimal } | undefined;
  /** Per commodity: the price percentiles in each period. */
  readonly priceBands: Readonly<Record<string, readonly PriceBand[]>>;
}

/** The parameters of a price model as the caller gave them (see `PricePathOptions`); absent ones took their defaults. */
export type PriceModelParameters = Readonly<Pick<PricePathOptions, 'volatility' | 'drift' | 'longRunMean' | 'speed' | 'correlation'>>;

function argument(name: string, message: string): never {
  throw new FairlodeError({ code: 'fiscal/invalid-price-risk-option', message: `${name}: ${message}` });
}

/**
 * The value at percentile `p` (0 < p ≤ 100) of values sorted ascending, by the nearest-rank
 * method: the ⌈p/100 · n⌉-th smallest value (so always one of the values, never interpolated).
 *
 * @example
 * ```ts
 * nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((x) => new Decimal(x)), 10).toString(); // '1'
 * ```
 */
export function nearestRank(sorted: readonly Decimal[], p: number): Decimal {
  if (sorted.length === 0) argument('sorted', 'no values');
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/**
 * The distribution of a figure over paths: count, mean, sample standard deviation and the
 * nearest-rank P10, P50 and P90 (see {@link nearestRank}); `undefined` entries are counted apart.
 *
 * @example
 * ```ts
 * distributionOf(['1', '2', '3', undefined].map((x) => (x === undefined ? x : new Decimal(x)))).p50?.toString(); // '2'
 * ```
 */
export function distributionOf(values: readonly (Decimal | undefined)[]): Distribution {
  const defined = values.filter((v): v is Decimal => v !== undefined);
  const n = defined.length;
  if (n === 0) return Object.freeze({ count: 0, undefinedPaths: values.length, mean: undefined, standardDeviation: undefined, p10: undefined, p50: undefined, p90: undefined });
  const sorted = [...defined].sort((a, b) => a.comparedTo(b));
  // All equal: the mean is that value and nothing varies (a sum over n would round the last digit).
  const flat = sorted[0]!.eq(sorted[n - 1]!);
  const mean = flat ? sorted[0]! : defined.reduce((s, v) => s.plus(v), new Decimal(0)).div(n);
  const ss = flat ? new Decimal(0) : defined.reduce((s, v) => s.plus(v.minus(mean).pow(2)), new Decimal(0));
  const standardDeviation = n === 1 ? new Decimal(0) : ss.div(n - 1).sqrt();
  return Object.freeze({ count: n, undefinedPaths: values.length - n, mean, standardDeviation, p10: nearestRank(sorted, 10), p50: nearestRank(sorted, 50), p90: nearestRank(sorted, 90) });
}

function modelParameters(options: PriceRiskOptions): PriceModelParameters {
  const copy = (v: unknown): unknown => (Array.isArray(v) ? Object.freeze(v.map(copy)) : v !== null && typeof v === 'object' ? Object.freeze({ ...v }) : v);
  const out: Record<string, unknown> = { volatility: copy(options.volatility) };
  for (const key of ['drift', 'longRunMean', 'speed', 'correlation'] as const) if (options[key] !== undefined) out[key] = copy(options[key]);
  return Object.freeze(out) as PriceModelParameters;
}

function simulatedCommodities(plan: Plan, asked: readonly string[] | undefined): string[] {
  const priced: string[] = [];
  for (const p of plan.periods) for (const c of Object.keys(p.prices)) if (!priced.includes(c)) priced.push(c);
  if (asked === undefined) return priced;
  if (!Array.isArray(asked) || asked.length === 0) argument('commodities', 'name at least one commodity');
  for (const c of asked) if (!priced.includes(c)) argument('commodities', `the plan has no price for "${String(c)}" (priced: ${priced.join(', ')})`);
  return [...asked];
}

function firstPrice(plan: Plan, commodity: string): UnitPrice {
  for (const p of plan.periods) { const price = p.prices[commodity]; if (price !== undefined) return price; }
  return argument('commodities', `the plan has no price for "${commodity}"`);
}

/** What one path gave: its prices and the figures of its exact fiscal analysis. */
export interface PathOutcome {
  /** The path's index k (it drew from `SeededRandom.stream(seed, k)`). */
  readonly index: number;
  /** Per simulated commodity, in order: the rounded price in each period. */
  readonly prices: readonly (readonly Decimal[])[];
  /** Government take, or undefined when there is no rent. */
  readonly governmentTake: Decimal | undefined;
  /** The state's NPV at the discount rate. */
  readonly stateNpv: Decimal;
  /** The investor's NPV at its hurdle rate. */
  readonly investorNpv: Decimal;
  /** The state's IRR, or undefined when its flows have none. */
  readonly stateIrr: Decimal | undefined;
  /** The investor's IRR, or undefined when its flows have none. */
  readonly investorIrr: Decimal | undefined;
  /** Whether the investor's IRR is below the IRR hurdle (or it never receives anything). */
  readonly investorBelowHurdle: boolean;
}

/** A run of paths from {@link priceRiskPaths}: what {@link summarisePriceRisk} needs besides the outcomes. */
export interface PricePathRun {
  /** The contract id. */
  readonly contract: string;
  /** The plan id. */
  readonly plan: string;
  /** The currency of every amount. */
  readonly currency: CurrencyCode;
  /** The seed, as a decimal string. */
  readonly seed: string;
  /** The model. */
  readonly model: PriceModel;
  /** The model's parameters as given. */
  readonly parameters: PriceModelParameters;
  /** The commodities simulated, in order. */
  readonly commodities: readonly string[];
  /** Per simulated commodity, the currency and unit of its prices, e.g. `USD/t`. */
  readonly priceUnits: Readonly<Record<string, string>>;
  /** The decimal places of the simulated prices. */
  readonly pricePlaces: number;
  /** The rates used. */
  readonly rates: PriceRisk['rates'];
  /** The labels of the plan's periods. */
  readonly periods: readonly string[];
  /** The outcomes, in order of index. */
  readonly outcomes: readonly PathOutcome[];
}

/**
 * What a price-risk run does not redo for each batch of paths: the checked options, the prepared
 * analysis (contract, plan, conventions), the commodities simulated with their starting prices,
 * the path generator and the IRR hurdle. Made by {@link preparePriceRisk}, used by
 * {@link runPricePaths}; a worker thread prepares once and then runs one batch after another.
 */
export interface PreparedPriceRisk {
  /** The options, as given. */
  readonly options: PriceRiskOptions;
  /** The prepared analysis. */
  readonly analysis: AnalysisContext;
  /** The commodities simulated, in order. */
  readonly commodities: readonly string[];
  /** Per simulated commodity, its price in the plan's first period that prices it: step 0 of every path. */
  readonly startPrices: readonly UnitPrice[];
  /** The decimal places a simulated price is rounded to. */
  readonly pricePlaces: number;
  /** The investor's IRR hurdle. */
  readonly irrHurdle: Decimal;
  /** Draws one path of numbers per commodity from a random stream. */
  readonly generator: ReturnType<typeof pricePathGenerator>;
}

/**
 * Checks the options and prepares a price-risk run once (see {@link PreparedPriceRisk}); problems
 * with the contract or plan come back as diagnostics, wrong options throw a `FairlodeError`
 * naming the option, exactly as from {@link priceRisk}.
 *
 * @example
 * ```ts
 * const prepared = preparePriceRisk(contract, plan, options);
 * if (prepared.ok) runPricePaths(prepared.value, { first: 0, count: 100 });
 * ```
 */
export function preparePriceRisk(contract: Contract | LoadedContract, plan: Plan | LoadedPlan, options: PriceRiskOptions): Result<PreparedPriceRisk> {
  if (options === null || typeof options !== 'object') argument('options', 'paths, seed, model and volatility are required');
  const { paths } = options;
  if (!Number.isSafeInteger(paths) || paths < 1) argument('paths', `${String(paths)} is not a whole number of paths, 1 or more`);
  const places = options.pricePlaces ?? 2;
  if (!Number.isSafeInteger(places) || places < 0 || places > 10) argument('pricePlaces', `${String(places)} is not a number of decimal places from 0 to 10`);
  SeededRandom.stream(options.seed, 0); // refuses a bad seed before any work
  const ctxResult = prepareAnalysis(contract, plan, { ...options, breakeven: false });
  if (!ctxResult.ok) return ctxResult;
  const ctx = ctxResult.value;
  const commodities = simulatedCommodities(ctx.plan, options.commodities);
  const startPrices = commodities.map((c) => firstPrice(ctx.plan, c));
  const generator = pricePathGenerator({
    model: options.model,
    commodities,
    start: Object.fromEntries(commodities.map((c, i) => [c, startPrices[i]!.amount.toNumber()])),
    steps: ctx.plan.periods.length - 1,
    volatility: options.volatility,
    drift: options.drift,
    longRunMean: options.longRunMean,
    speed: options.speed,
    correlation: options.correlation,
    stepYears: 1 / ctx.conventions.periodsPerYear,
  });
  const irrHurdle = options.irrHurdle === undefined ? ctx.conventions.hurdleRate : toDecimalOperand(options.irrHurdle);
  return {
    ok: true,
    value: Object.freeze({ options, analysis: ctx, commodities: Object.freeze(commodities), startPrices: Object.freeze(startPrices), pricePlaces: places, irrHurdle, generator }),
    diagnostics: ctxResult.diagnostics,
  };
}

/**
 * Simulates and analyses the paths `first` to `first + count − 1` of a prepared price-risk run
 * (by default all its paths); see {@link priceRiskPaths}. The result is the same, byte for byte,
 * however the paths are split into batches and whichever thread prepared the run.
 *
 * @example
 * ```ts
 * const prepared = preparePriceRisk(contract, plan, options);
 * if (prepared.ok) {
 *   const a = runPricePaths(prepared.value, { first: 0, count: 5000 });
 *   const b = runPricePaths(prepared.value, { first: 5000, count: 5000 });
 *   if (a.ok && b.ok) summarisePriceRisk([a.value, b.value]); // the same as priceRisk(contract, plan, options)
 * }
 * ```
 */
export function runPricePaths(prepared: PreparedPriceRisk, range?: { readonly first: number; readonly count: number }): Result<PricePathRun> {
  if (prepared === null || typeof prepared !== 'object' || prepared.analysis === undefined) argument('prepared', 'not a prepared price-risk run (from preparePriceRisk)');
  const { options, analysis: ctx, commodities, startPrices, pricePlaces: places, irrHurdle, generator } = prepared;
  const { paths } = options;
  const first = range?.first ?? 0;
  const count = range?.count ?? paths - first;
  if (!Number.isSafeInteger(first) || first < 0 || !Number.isSafeInteger(count) || count < 0 || first + count > paths) argument('range', `paths ${String(first)} to ${String(first + count - 1)} are not within the ${paths} paths`);
  const outcomes: PathOutcome[] = [];
  let diagnostics: Diagnostic[] = [...ctx.warnings];
  for (let k = first; k < first + count; k++) {
    const drawn = generator.next(SeededRandom.stream(options.seed, k));
    const prices: Decimal[][] = commodities.map(() => []);
    const periods: PlanPeriod[] = ctx.plan.periods.map((p, t) => {
      const own: Record<string, UnitPrice> = { ...p.prices };
      commodities.forEach((c, i) => {
        const base = p.prices[c] ?? startPrices[i]!;
        const amount = new Decimal(drawn[i]![t]!).toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN);
        prices[i]!.push(amount);
        own[c] = { amount, currency: base.currency, per: base.per };
      });
      return { ...p, prices: own };
    });
    const pathCtx: AnalysisContext = { ...ctx, plan: { ...ctx.plan, periods } };
    const analysed = analyseScenario(pathCtx, PLAN_PRICES, false);
    if (!analysed.ok) return analysed;
    if (k === first) diagnostics = [...analysed.diagnostics];
    const { metrics, cashFlows } = analysed.value;
    const irr = metrics.investor.irr;
    outcomes.push(Object.freeze({
      index: k,
      prices,
      governmentTake: metrics.governmentTake.ok ? metrics.governmentTake.value : undefined,
      stateNpv: metrics.state.npv,
      investorNpv: metrics.investor.npv,
      stateIrr: metrics.state.irr.ok ? metrics.state.irr.value : undefined,
      investorIrr: irr.ok ? irr.value : undefined,
      investorBelowHurdle: irr.ok ? irr.value.lt(irrHurdle) : cashFlows.investor.flows.every((f) => !f.isPositive() || f.isZero()),
    }));
  }
  return {
    ok: true,
    value: Object.freeze({
      contract: ctx.contract.id,
      plan: ctx.plan.id,
      currency: ctx.contract.currency,
      seed: String(options.seed),
      model: options.model,
      parameters: modelParameters(options),
      commodities,
      priceUnits: Object.freeze(Object.fromEntries(commodities.map((c, i) => [c, `${startPrices[i]!.currency}/${startPrices[i]!.per.symbol}`]))),
      pricePlaces: places,
      rates: Object.freeze({ discount: ctx.conventions.discountRate, hurdle: ctx.conventions.hurdleRate, irrHurdle }),
      periods: Object.freeze(ctx.plan.periods.map((p) => p.period.label)),
      outcomes: Object.freeze(outcomes),
    }),
    diagnostics,
  };
}

/**
 * Simulates and analyses the paths `first` to `first + count − 1` of a price-risk run (see
 * {@link priceRisk}; by default all `options.paths`). Path k depends only on the seed and k, so
 * workers can each run a share and {@link summarisePriceRisk} the runs together: the result is
 * byte-identical to one thread's. {@link preparePriceRisk} and {@link runPricePaths} are its two
 * halves, for running many batches without preparing each again.
 *
 * @example
 * ```ts
 * const a = priceRiskPaths(contract, plan, options, { first: 0, count: 5000 });
 * const b = priceRiskPaths(contract, plan, options, { first: 5000, count: 5000 });
 * if (a.ok && b.ok) summarisePriceRisk([a.value, b.value]); // the same as priceRisk(contract, plan, options)
 * ```
 */
export function priceRiskPaths(contract: Contract | LoadedContract, plan: Plan | LoadedPlan, options: PriceRiskOptions, range?: { readonly first: number; readonly count: number }): Result<PricePathRun> {
  const prepared = preparePriceRisk(contract, plan, options);
  if (!prepared.ok) return prepared;
  return runPricePaths(prepared.value, range);
}

/**
 * Summarises runs of paths (from {@link priceRiskPaths}, of one set of options) into the
 * distribution {@link priceRisk} returns, taking the outcomes in order of path index. Throws a
 * `FairlodeError` when there are no outcomes or a path is missing or repeated.
 *
 * @example
 * ```ts
 * const run = priceRiskPaths(contract, plan, options);
 * if (run.ok) summarisePriceRisk([run.value]).stateNpv.p50;
 * ```
 */
export function summarisePriceRisk(runs: readonly PricePathRun[]): PriceRisk {
  if (!Array.isArray(runs) || runs.length === 0) argument('runs', 'no runs to summarise');
  const outcomes = runs.flatMap((r: PricePathRun) => r.outcomes).sort((a, b) => a.index - b.index);
  if (outcomes.length === 0) argument('runs', 'no paths to summarise');
  outcomes.forEach((o, i) => { if (o.index !== i) argument('runs', `path ${i} is missing or repeated`); });
  const run: PricePathRun = runs[0]!;
  const paths = outcomes.length;
  const state = distributionOf(outcomes.map((o) => o.stateNpv));
  const investor = distributionOf(outcomes.map((o) => o.investorNpv));
  const sdSum = state.standardDeviation!.plus(investor.standardDeviation!);
  const stateShare = sdSum.isZero() ? undefined : state.standardDeviation!.div(sdSum);
  const priceBands: Record<string, readonly PriceBand[]> = {};
  run.commodities.forEach((c, i) => {
    priceBands[c] = Object.freeze(run.periods.map((period, t) => {
      const sorted = outcomes.map((o) => o.prices[i]![t]!).sort((a, b) => a.comparedTo(b));
      return Object.freeze({ period, p10: nearestRank(sorted, 10), p50: nearestRank(sorted, 50), p90: nearestRank(sorted, 90) });
    }));
  });
  return Object.freeze({
    contract: run.contract,
    plan: run.plan,
    currency: run.currency,
    paths,
    seed: run.seed,
    model: run.model,
    parameters: run.parameters,
    commodities: run.commodities,
    priceUnits: run.priceUnits,
    pricePlaces: run.pricePlaces,
    rates: run.rates,
    governmentTake: distributionOf(outcomes.map((o) => o.governmentTake)),
    stateNpv: state,
    investorNpv: investor,
    stateIrr: distributionOf(outcomes.map((o) => o.stateIrr)),
    investorIrr: distributionOf(outcomes.map((o) => o.investorIrr)),
    probabilityStateNpvBelowZero: new Decimal(outcomes.filter((o) => o.stateNpv.isNegative() && !o.stateNpv.isZero()).length).div(paths),
    probabilityInvestorIrrBelowHurdle: new Decimal(outcomes.filter((o) => o.investorBelowHurdle).length).div(paths),
    riskShare: stateShare === undefined ? undefined : Object.freeze({ state: stateShare, investor: new Decimal(1).minus(stateShare) }),
    priceBands: Object.freeze(priceBands),
  });
}

/**
 * Price risk: simulates `paths` price paths for the plan's commodities (see
 * `pricePathGenerator`; step 0 is the plan's first period, at the plan's price, one step per
 * period), rounds every simulated price to `pricePlaces` decimals (half-even) and runs the exact
 * fiscal analysis (`analyseScenario`, the same as `analyse` without the breakeven price) on each
 * path with those prices in place of the plan's. Returns the distribution of government take,
 * the state's and the investor's NPV and IRR (mean, standard deviation, nearest-rank P10/P50/P90),
 * the probability that the state's NPV is below zero and that the investor's IRR is below its
 * hurdle, the share of the price risk each side bears, and price bands per period.
 *
 * Pure and reproducible: path k draws from `SeededRandom.stream(seed, k)`, so it depends only on
 * the seed and k (a worker pool splitting the paths gets the same paths). The same arguments and
 * seed give a byte-identical `JSON.stringify` of the result (the random draws are JS numbers, computed the same way on every run of one JavaScript
 * engine; every amount after the rounding is exact). The diagnostics are the first path's (the
 * analysis's warnings with the payout engine's). `priceRiskPaths` and `summarisePriceRisk` are the
 * two halves, for a worker pool. Problems with the contract or plan come back as
 * diagnostics, as from `analyse`; wrong options throw a `FairlodeError` naming the option.
 *
 * @example
 * ```ts
 * const risk = priceRisk(loadedContract, loadedPlan, { paths: 1000, seed: 7, model: 'gbm', volatility: 0.3, correlation: 0.5, beyondTerm: 'extend' });
 * if (risk.ok) console.log(risk.value.stateNpv.p10?.toFixed(0), risk.value.probabilityStateNpvBelowZero.toString());
 * ```
 */
export function priceRisk(contract: Contract | LoadedContract, plan: Plan | LoadedPlan, options: PriceRiskOptions): Result<PriceRisk> {
  const run = priceRiskPaths(contract, plan, options);
  if (!run.ok) return run;
  return { ok: true, value: summarisePriceRisk([run.value]), diagnostics: run.diagnostics };
}
