import type { CashFlowSeries, FiscalAnalysis, FiscalRatio, PriceDeckAnalysis, RateSolution } from '../fiscal/index.js';
import { csvCell } from './csv-cell.js';
import { exactMoney, isDeck } from './fiscal-figures.js';

// Every column but the labels holds an exact figure fairlode computed.
const LABELS: ReadonlySet<string> = new Set(['scenario', 'period', 'start', 'end', 'currency']);

function ratio(r: FiscalRatio): string {
  return r.ok ? r.value.toString() : '';
}

function rate(r: RateSolution): string {
  return r.ok ? r.value.toString() : '';
}

/**
 * A fiscal analysis as CSV, one row per period and one column per series (revenue, costs,
 * pre-fiscal, royalties, government and each government stream, investor, community, retained,
 * then each party), every amount an exact decimal string; or a price deck, one row per scenario
 * with its metrics as exact decimal strings (an empty cell where a ratio or rate does not exist).
 * Fields are quoted as RFC 4180 says; rows end in `\n`. A label that a spreadsheet would run as
 * a formula (`=`, `+`, `-`, `@` …) starts with a single quote (see docs/security.md).
 *
 * @example
 * ```ts
 * formatFiscalCsv(result.value).split('\n')[0];
 * // 'period,start,end,gross_revenue,costs,pre_fiscal,royalties,government,government_royalties,…'
 * ```
 */
export function formatFiscalCsv(analysis: FiscalAnalysis | PriceDeckAnalysis): string {
  const rows: string[][] = [];
  const money = (d: Parameters<typeof exactMoney>[0]) => exactMoney(d, analysis.currency);
  if (isDeck(analysis)) {
    rows.push(['scenario', 'gross_revenue', 'pre_fiscal', 'pre_fiscal_npv', 'government_take', 'government_take_discounted', 'aetr', 'effective_royalty_rate', 'investor_npv', 'investor_irr', 'state_npv', 'state_irr', 'currency']);
    for (const r of analysis.rows) {
      rows.push([
        r.scenario.label, money(r.grossRevenue), money(r.preFiscal.total), money(r.preFiscal.npv), ratio(r.governmentTake), ratio(r.discountedGovernmentTake),
        ratio(r.aetr), ratio(r.effectiveRoyaltyRate), money(r.investor.npv), rate(r.investor.irr), money(r.state.npv), rate(r.state.irr), analysis.currency,
      ]);
    }
  } else {
    const cf = analysis.cashFlows;
    const named: [string, CashFlowSeries][] = [
      ['gross_revenue', cf.grossRevenue], ['costs', cf.costs], ['pre_fiscal', cf.preFiscal], ['royalties', cf.royalties], ['government', cf.government],
      ...cf.governmentStreams.map((s): [string, CashFlowSeries] => [`government_${s.label.replace(/-/g, '_')}`, s]),
      ['investor', cf.investor], ['community', cf.community], ['retained', cf.retained],
      ...cf.parties.map((s): [string, CashFlowSeries] => [`party_${s.label}`, s]),
    ];
    rows.push(['period', 'start', 'end', ...named.map(([n]) => n)]);
    analysis.periods.forEach((p, i) => rows.push([p.label, p.start, p.end, ...named.map(([, s]) => money(s.flows[i]!))]));
    rows.push(['total', '', '', ...named.map(([, s]) => money(s.total))]);
    rows.push(['present_value', '', '', ...named.map(([, s]) => money(s.presentValue))]);
  }
  const header = rows[0]!;
  return rows.map((r) => `${r.map((cell, i) => csvCell(cell, LABELS.has(header[i]!) ? 'text' : 'figure')).join(',')}\n`).join('');
}
