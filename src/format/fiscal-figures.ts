// How the fiscal formats write figures, and the tables the text and Markdown formats share.
// Internal to src/format: not re-exported.
import { minorUnitOf } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import { unitPriceToString } from '../quantity/index.js';
import type { BreakevenResult, FiscalAnalysis, FiscalRatio, PaybackResult, PriceDeckAnalysis, RateSolution } from '../fiscal/index.js';

/** A column of a table: its heading and which side its cells align to. */
export interface FiscalColumn {
  readonly heading: string;
  readonly align: 'left' | 'right';
}

/** A titled table: what the text and Markdown formats both lay out. */
export interface FiscalTable {
  readonly title: string;
  readonly columns: readonly FiscalColumn[];
  readonly rows: readonly (readonly string[])[];
}

const MILLION = new Decimal(1_000_000);

/** The exact text of an amount, with at least the currency's minor-unit digits: `98084814.40`. */
export function exactMoney(d: Decimal, currency: string): string {
  const minor = minorUnitOf(currency);
  return d.toFixed(Math.max(minor, d.decimalPlaces()));
}

/** Digits grouped in thousands, a true minus sign: `−1,234.5`. */
export function grouped(text: string): string {
  const negative = text.startsWith('-');
  const [whole, fraction] = (negative ? text.slice(1) : text).split('.');
  const g = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '−' : ''}${g}${fraction === undefined ? '' : `.${fraction}`}`;
}

/** An amount in millions, rounded half-even to one decimal: `2,448.8`. */
export function millions(d: Decimal): string {
  const m = d.div(MILLION).toDecimalPlaces(1, Decimal.ROUND_HALF_EVEN);
  return grouped(m.isZero() ? '0.0' : m.toFixed(1));
}

/** A fraction as a percentage, half-even to two decimals: `67.84%`. */
export function percent(d: Decimal, places = 2): string {
  const p = d.times(100).toDecimalPlaces(places, Decimal.ROUND_HALF_EVEN);
  return `${grouped(p.isZero() ? (0).toFixed(places) : p.toFixed(places))}%`;
}

/** A rate as the shortest exact percentage: 0.1 → `10%`. */
export function ratePercent(d: Decimal): string {
  return `${d.times(100).toString()}%`;
}

/** A ratio, or `n/a` with its reason in brackets. */
export function ratioText(r: FiscalRatio): string {
  return r.ok ? percent(r.value) : `n/a (${r.reason})`;
}

/** An IRR, or `none` with its reason. */
export function irrText(r: RateSolution): string {
  if (!r.ok) return `none (${r.reason})`;
  return r.roots.length > 1 ? `${percent(r.value)} (${r.roots.length} roots)` : percent(r.value);
}

/** A payback period in periods, or `never`. */
export function paybackText(p: PaybackResult): string {
  return p.ok ? `${p.value.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed(2)} periods` : 'never';
}

/** The breakeven line: price and what it means, or why there is none. */
export function breakevenText(b: BreakevenResult, hurdle: Decimal): string {
  if (!b.ok) return `${b.commodity}: none (${b.reason}): ${b.message}`;
  return `${b.commodity} ${grouped(unitPriceToString(b.price).replace(/ .*/, ''))} ${b.price.currency}/${b.price.per.symbol} (investor NPV at ${ratePercent(hurdle)} = 0, to ${b.price.currency} 0.01)`;
}

/** The sentences that state an analysis's conventions. */
export function conventionLines(c: FiscalAnalysis['conventions'], currency: string, periods: FiscalAnalysis['periods']): string[] {
  const first = periods[0];
  const last = periods[periods.length - 1];
  const kind = first === undefined ? 'periods' : first.kind === 'fiscal-year' ? 'fiscal years' : `${first.kind}s`;
  const lines = [
    `Periods ${first?.label ?? ''} to ${last?.label ?? ''} (${periods.length} ${kind}); amounts in millions of ${currency}.`,
    `Discount rate ${ratePercent(c.discountRate)}, investor hurdle ${ratePercent(c.hurdleRate)}, AETR at ${ratePercent(c.aetrRate)}; the first period is ${c.firstFlowAt === 0 ? 'undiscounted' : 'discounted one period'}.`,
    `Government: ${c.groups.government.join(', ') || 'nobody'}${c.communityFundsCounted ? ' (community funds counted)' : ''}; investor: ${c.groups.investor.join(', ') || 'nobody'}; community: ${c.groups.community.join(', ') || 'nobody'}.`,
    `The company's cash left at the end is ${c.closingReserve === 'distribute' ? 'distributed to its shareholders in the last period' : 'kept out of every party\'s cash flow'}.`,
  ];
  if (c.termExtendedTo !== undefined) lines.push(`The contract's term is assumed extended to ${c.termExtendedTo} on the same terms.`);
  if (c.assumptions.length > 0) lines.push(`Rests on ${c.assumptions.length} assumed term${c.assumptions.length === 1 ? '' : 's'} the contract does not state:`, ...c.assumptions.map((a) => `  assumed ${a.path.join('.')} = ${JSON.stringify(a.value)} (${a.basis})`));
  return lines;
}

const right = (heading: string): FiscalColumn => ({ heading, align: 'right' });
const left = (heading: string): FiscalColumn => ({ heading, align: 'left' });

/** The tables of one analysis: metrics, government take by stream, each party, each period. */
export function analysisTables(a: FiscalAnalysis): FiscalTable[] {
  const m = a.metrics;
  const c = a.conventions;
  const cf = a.cashFlows;
  const d = ratePercent(c.discountRate);
  const h = ratePercent(c.hurdleRate);
  const metrics: string[][] = [
    ['Government take, undiscounted', ratioText(m.governmentTake)],
    [`Government take, discounted at ${d}`, ratioText(m.discountedGovernmentTake)],
    [`AETR at ${ratePercent(c.aetrRate)}`, ratioText(m.aetr)],
    ['Effective royalty rate', ratioText(m.effectiveRoyaltyRate)],
    [`Project NPV at ${d} (pre-fiscal)`, millions(m.project.npv)],
    ['Project IRR (pre-fiscal)', irrText(m.project.irr)],
    [`Investor NPV at ${h}`, millions(m.investor.npv)],
    ['Investor IRR', irrText(m.investor.irr)],
    ['Investor payback', paybackText(m.investor.payback)],
    [`State NPV at ${d}`, millions(m.state.npv)],
    ['State IRR', irrText(m.state.irr)],
  ];
  if (a.breakeven !== undefined) metrics.push(['Breakeven price', breakevenText(a.breakeven, c.hurdleRate)]);
  const streams = cf.governmentStreams.map((s) => [s.label, millions(s.total), millions(s.presentValue)]);
  streams.push(['government take', millions(cf.government.total), millions(cf.government.presentValue)]);
  const parties = cf.parties.map((s) => [s.label, c.groups.of.get(s.label) ?? 'other', millions(s.total), millions(s.presentValue)]);
  if (!cf.retained.total.isZero() || !cf.retained.presentValue.isZero()) parties.push(['retained by the company', '', millions(cf.retained.total), millions(cf.retained.presentValue)]);
  const series = [cf.grossRevenue, cf.costs, cf.preFiscal, cf.royalties, cf.government, cf.investor, cf.community, cf.retained];
  const periodRows = a.periods.map((p, i) => [p.label, ...series.map((s) => millions(s.flows[i]!))]);
  periodRows.push(['total', ...series.map((s) => millions(s.total))]);
  periodRows.push([`PV at ${d}`, ...series.map((s) => millions(s.presentValue))]);
  return [
    { title: 'Metrics', columns: [left('metric'), left('value')], rows: metrics },
    { title: 'Government take by stream', columns: [left('stream'), right('undiscounted'), right(`PV at ${d}`)], rows: streams },
    { title: 'Cash flows by party (received − paid)', columns: [left('party'), left('group'), right('undiscounted'), right(`PV at ${d}`)], rows: parties },
    {
      title: 'Cash flows by period',
      columns: [left('period'), right('revenue'), right('costs'), right('pre-fiscal'), right('royalties'), right('government'), right('investor'), right('community'), right('retained')],
      rows: periodRows,
    },
  ];
}

/** The table of a price deck: one row per scenario. */
export function deckTable(deck: PriceDeckAnalysis): FiscalTable {
  const c = deck.conventions;
  const d = ratePercent(c.discountRate);
  return {
    title: `Metrics by price scenario (AETR ${deck.progressivity})`,
    columns: [left('scenario'), right('revenue'), right(`pre-fiscal NPV ${d}`), right('take'), right(`take PV ${d}`), right(`AETR ${ratePercent(c.aetrRate)}`), right('royalty rate'), right(`investor NPV ${ratePercent(c.hurdleRate)}`), right('investor IRR'), right(`state NPV ${d}`), right('state IRR')],
    rows: deck.rows.map((r) => [
      r.scenario.label, millions(r.grossRevenue), millions(r.preFiscal.npv), ratioText(r.governmentTake), ratioText(r.discountedGovernmentTake), ratioText(r.aetr),
      ratioText(r.effectiveRoyaltyRate), millions(r.investor.npv), irrText(r.investor.irr), millions(r.state.npv), irrText(r.state.irr),
    ]),
  };
}

/** Whether a value is a price deck rather than a single analysis. */
export function isDeck(x: FiscalAnalysis | PriceDeckAnalysis): x is PriceDeckAnalysis {
  return 'rows' in x;
}
