import type { Decimal } from '../money/decimal.js';
import { unitPriceToString } from '../quantity/index.js';
import type { BreakevenResult, CashFlowSeries, FiscalAnalysis, FiscalRatio, PaybackResult, PriceDeckAnalysis, RateSolution } from '../fiscal/index.js';
import { exactMoney, isDeck } from './fiscal-figures.js';

/**
 * A ratio in the JSON interface: the exact decimal string, or null with the reason.
 *
 * @example
 * ```ts
 * fiscalJsonValue(analysis).metrics.aetr; // { value: '0.6738…', reason: null }
 * ```
 */
export interface FiscalRatioJson {
  /** The ratio as an exact decimal string (0.25 means 25%), or null. */
  value: string | null;
  /** Why there is no ratio, or null. */
  reason: string | null;
}

/**
 * A rate of return in the JSON interface: the root nearest the guess and every root found, as
 * exact decimal strings, or null with the reason.
 *
 * @example
 * ```ts
 * fiscalJsonValue(analysis).metrics.investor.irr; // { value: '0.2564…', roots: ['0.2564…'], reason: null }
 * ```
 */
export interface RateJson {
  /** The annual rate, or null. */
  value: string | null;
  /** Every root found, ascending. */
  roots: string[];
  /** Why there is none, or null. */
  reason: string | null;
}

/**
 * A cash-flow series in the JSON interface: one exact amount per period, the total and the
 * present value at the discount rate.
 *
 * @example
 * ```ts
 * fiscalJsonValue(analysis).cashFlows.government.flows[0]; // '-43663926.98'
 * ```
 */
export interface SeriesJson {
  /** What the series is. */
  label: string;
  /** One amount per period. */
  flows: string[];
  /** The undiscounted sum. */
  total: string;
  /** The present value at the discount rate. */
  presentValue: string;
}

/**
 * A fiscal analysis or a price deck as a plain JSON value (see {@link fiscalJsonValue}).
 *
 * @example
 * ```ts
 * const value: FiscalJson = fiscalJsonValue(result.value);
 * ```
 */
export type FiscalJson = Record<string, unknown>;

function ratio(r: FiscalRatio): FiscalRatioJson {
  return r.ok ? { value: r.value.toString(), reason: null } : { value: null, reason: r.reason };
}

function rate(r: RateSolution): RateJson {
  return r.ok ? { value: r.value.toString(), roots: r.roots.map(String), reason: null } : { value: null, roots: [], reason: r.reason };
}

function payback(p: PaybackResult): { value: string | null; reason: string | null } {
  return p.ok ? { value: p.value.toString(), reason: null } : { value: null, reason: p.reason };
}

function breakeven(b: BreakevenResult | undefined, currency: string) {
  if (b === undefined) return null;
  if (!b.ok) return { commodity: b.commodity, price: null, reason: b.reason, message: b.message, evaluations: b.evaluations };
  return { commodity: b.commodity, price: unitPriceToString(b.price), investorNpv: exactMoney(b.investorNpv, currency), npvBelow: exactMoney(b.npvBelow, currency), reason: null, evaluations: b.evaluations };
}

function conventions(c: FiscalAnalysis['conventions']) {
  return {
    discountRate: c.discountRate.toString(),
    hurdleRate: c.hurdleRate.toString(),
    aetrRate: c.aetrRate.toString(),
    firstFlowAt: c.firstFlowAt,
    periodsPerYear: c.periodsPerYear,
    closingReserve: c.closingReserve,
    beyondTerm: c.beyondTerm,
    termExtendedTo: c.termExtendedTo ?? null,
    governmentRoles: [...c.governmentRoles],
    communityFundsCounted: c.communityFundsCounted,
    groups: { government: [...c.groups.government], investor: [...c.groups.investor], community: [...c.groups.community], other: [...c.groups.other] },
    assumptions: c.assumptions.map((a) => ({ path: a.path.join('.'), value: a.value, basis: a.basis })),
  };
}

function analysisValue(a: FiscalAnalysis): FiscalJson {
  const money = (d: Decimal) => exactMoney(d, a.currency);
  const series = (s: CashFlowSeries): SeriesJson => ({ label: s.label, flows: s.flows.map(money), total: money(s.total), presentValue: money(s.presentValue) });
  const cf = a.cashFlows;
  const m = a.metrics;
  return {
    kind: 'fiscal-analysis',
    contract: a.contract,
    plan: a.plan,
    currency: a.currency,
    scenario: a.scenario.label,
    periods: a.periods.map((p) => ({ label: p.label, start: p.start, end: p.end })),
    conventions: conventions(a.conventions),
    metrics: {
      governmentTake: ratio(m.governmentTake),
      discountedGovernmentTake: ratio(m.discountedGovernmentTake),
      aetr: ratio(m.aetr),
      effectiveRoyaltyRate: ratio(m.effectiveRoyaltyRate),
      project: { npv: money(m.project.npv), irr: rate(m.project.irr) },
      investor: { npv: money(m.investor.npv), irr: rate(m.investor.irr), payback: payback(m.investor.payback) },
      state: { npv: money(m.state.npv), irr: rate(m.state.irr) },
    },
    breakeven: breakeven(a.breakeven, a.currency),
    cashFlows: {
      grossRevenue: series(cf.grossRevenue),
      costs: series(cf.costs),
      preFiscal: series(cf.preFiscal),
      royalties: series(cf.royalties),
      government: series(cf.government),
      governmentStreams: cf.governmentStreams.map(series),
      investor: series(cf.investor),
      community: series(cf.community),
      other: series(cf.other),
      retained: series(cf.retained),
      parties: cf.parties.map(series),
    },
  };
}

/**
 * A fiscal analysis, or a price deck, as a plain JSON value: every amount, ratio and rate an
 * exact decimal string (never a JSON number), a missing ratio or rate as null with its reason,
 * and the conventions used. Payout statements are left out (format them with `payoutJsonValue`).
 *
 * @example
 * ```ts
 * const json = fiscalJsonValue(result.value);
 * json.kind; // 'fiscal-analysis'
 * ```
 */
export function fiscalJsonValue(analysis: FiscalAnalysis | PriceDeckAnalysis): FiscalJson {
  if (!isDeck(analysis)) return analysisValue(analysis);
  const money = (d: Decimal) => exactMoney(d, analysis.currency);
  return {
    kind: 'price-deck',
    contract: analysis.contract,
    plan: analysis.plan,
    currency: analysis.currency,
    conventions: conventions(analysis.conventions),
    progressivity: analysis.progressivity,
    breakeven: breakeven(analysis.breakeven, analysis.currency),
    rows: analysis.rows.map((r) => ({
      scenario: r.scenario.label,
      grossRevenue: money(r.grossRevenue),
      preFiscal: { total: money(r.preFiscal.total), npv: money(r.preFiscal.npv) },
      governmentTake: ratio(r.governmentTake),
      discountedGovernmentTake: ratio(r.discountedGovernmentTake),
      aetr: ratio(r.aetr),
      effectiveRoyaltyRate: ratio(r.effectiveRoyaltyRate),
      investor: { npv: money(r.investor.npv), irr: rate(r.investor.irr) },
      state: { npv: money(r.state.npv), irr: rate(r.state.irr) },
    })),
  };
}

/**
 * {@link fiscalJsonValue} as text: two-space indented JSON ending in a newline.
 *
 * @example
 * ```ts
 * writeFileSync('fiscal.json', formatFiscalJson(result.value));
 * ```
 */
export function formatFiscalJson(analysis: FiscalAnalysis | PriceDeckAnalysis): string {
  return `${JSON.stringify(fiscalJsonValue(analysis), null, 2)}\n`;
}
