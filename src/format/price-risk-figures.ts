// The tables and sentences the price-risk text and Markdown formats share. Internal to src/format.
import { Decimal } from '../money/decimal.js';
import type { Distribution, PerCommodity, PriceCorrelation, PriceRisk } from '../fiscal/index.js';
import { grouped, millions, percent, ratePercent, type FiscalTable } from './fiscal-figures.js';

function perCommodity(value: PerCommodity<number> | undefined, show: (x: number) => string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return show(value);
  return Object.entries(value).map(([c, x]) => `${c} ${show(x)}`).join(', ');
}

function shownFraction(x: number): string {
  return `${new Decimal(x).times(100).toString()}%`;
}

function correlationText(c: PriceCorrelation | undefined): string | undefined {
  if (c === undefined) return undefined;
  return typeof c === 'number' ? String(c) : c.map((row) => `[${row.join(' ')}]`).join(' ');
}

/** The sentences that state what a price-risk run assumed. */
export function priceRiskLines(risk: PriceRisk): string[] {
  const p = risk.parameters;
  const model = [
    `volatility ${perCommodity(p.volatility, shownFraction)}`,
    ...(p.drift === undefined ? [] : [`drift ${perCommodity(p.drift, shownFraction)}`]),
    ...(p.longRunMean === undefined ? [] : [`long-run price ${perCommodity(p.longRunMean, String)}`]),
    ...(p.speed === undefined ? [] : [`reversion speed ${perCommodity(p.speed, (x) => `${x} a year`)}`]),
    ...(p.correlation === undefined ? [] : [`correlation ${correlationText(p.correlation)}`]),
  ];
  return [
    `Model: ${risk.model === 'gbm' ? 'geometric Brownian motion' : 'mean-reverting (exponential Ornstein-Uhlenbeck)'} of ${risk.commodities.join(', ')}; ${model.join('; ')}.`,
    `${risk.paths} paths, seed ${risk.seed}; each simulated price rounded half-even to ${risk.pricePlaces} decimals, then the whole fiscal analysis run exactly on it.`,
    `State NPV at ${ratePercent(risk.rates.discount)}, investor NPV at ${ratePercent(risk.rates.hurdle)}, investor IRR hurdle ${ratePercent(risk.rates.irrHurdle)}. Amounts in millions of ${risk.currency}; P10/P50/P90 by nearest rank.`,
  ];
}

function distributionRow(label: string, d: Distribution, show: (x: Decimal) => string): string[] {
  const s = (x: Decimal | undefined) => (x === undefined ? 'n/a' : show(x));
  return [label, s(d.mean), s(d.standardDeviation), s(d.p10), s(d.p50), s(d.p90), d.undefinedPaths === 0 ? '' : String(d.undefinedPaths)];
}

/** The tables of a price-risk run: the distributions, who bears the risk, and the price bands. */
export function priceRiskTables(risk: PriceRisk): FiscalTable[] {
  const right = (heading: string) => ({ heading, align: 'right' as const });
  const distributions: FiscalTable = {
    title: 'Distribution over the paths',
    columns: [{ heading: 'figure', align: 'left' }, right('mean'), right('std dev'), right('P10'), right('P50'), right('P90'), right('undefined on')],
    rows: [
      distributionRow('Government take', risk.governmentTake, (x) => percent(x)),
      distributionRow('State NPV', risk.stateNpv, millions),
      distributionRow('Investor NPV', risk.investorNpv, millions),
      distributionRow('State IRR', risk.stateIrr, (x) => percent(x)),
      distributionRow('Investor IRR', risk.investorIrr, (x) => percent(x)),
    ],
  };
  const bears: FiscalTable = {
    title: 'Who bears the price risk',
    columns: [{ heading: 'measure', align: 'left' }, right('value')],
    rows: [
      ['Probability the state NPV is below zero', percent(risk.probabilityStateNpvBelowZero)],
      [`Probability the investor IRR is below ${ratePercent(risk.rates.irrHurdle)}`, percent(risk.probabilityInvestorIrrBelowHurdle)],
      ['State share of the risk (sd of its NPV over both sides\')', risk.riskShare === undefined ? 'n/a (no NPV varies)' : percent(risk.riskShare.state)],
      ['Investor share of the risk', risk.riskShare === undefined ? 'n/a (no NPV varies)' : percent(risk.riskShare.investor)],
    ],
  };
  const price = (x: Decimal) => grouped(x.toFixed(risk.pricePlaces));
  const bands: FiscalTable[] = risk.commodities.map((c) => ({
    title: `Simulated ${c} price (${risk.priceUnits[c] ?? ''})`,
    columns: [{ heading: 'period', align: 'left' }, right('P10'), right('P50'), right('P90')],
    rows: (risk.priceBands[c] ?? []).map((b) => [b.period, price(b.p10), price(b.p50), price(b.p90)]),
  }));
  return [distributions, bears, ...bands];
}
