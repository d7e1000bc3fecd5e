import type { Distribution, PriceRisk } from '../fiscal/index.js';
import type { Decimal } from '../money/decimal.js';
import { csvCell } from './csv-cell.js';

/**
 * A price-risk run as CSV in long form, one figure a row: `figure,period,statistic,value,unit`.
 * The distributions (`government_take`, `state_npv`, `investor_npv`, `state_irr`,
 * `investor_irr`) give `count`, `undefined_paths`, `mean`, `standard_deviation`, `p10`, `p50` and
 * `p90`; the probabilities and risk shares give `value`; each simulated commodity's price
 * (`price_copper`) gives `p10`, `p50` and `p90` per period. Every value is an exact decimal string
 * (empty where undefined); labels pass through `csvCell`, so one a spreadsheet would run as a
 * formula is quoted. Rows end in `\n`.
 *
 * @example
 * ```ts
 * formatPriceRiskCsv(risk.value).split('\n')[1]; // 'government_take,,count,10000,paths'
 * ```
 */
export function formatPriceRiskCsv(risk: PriceRisk): string {
  const rows: string[][] = [];
  const exact = (d: Decimal | undefined) => (d === undefined ? '' : d.toFixed());
  const distribution = (figure: string, d: Distribution, unit: string) => {
    rows.push([figure, '', 'count', String(d.count), 'paths'], [figure, '', 'undefined_paths', String(d.undefinedPaths), 'paths']);
    for (const [statistic, value] of [['mean', d.mean], ['standard_deviation', d.standardDeviation], ['p10', d.p10], ['p50', d.p50], ['p90', d.p90]] as const) rows.push([figure, '', statistic, exact(value), unit]);
  };
  distribution('government_take', risk.governmentTake, 'fraction');
  distribution('state_npv', risk.stateNpv, risk.currency);
  distribution('investor_npv', risk.investorNpv, risk.currency);
  distribution('state_irr', risk.stateIrr, 'fraction');
  distribution('investor_irr', risk.investorIrr, 'fraction');
  rows.push(['probability_state_npv_below_zero', '', 'value', exact(risk.probabilityStateNpvBelowZero), 'fraction']);
  rows.push(['probability_investor_irr_below_hurdle', '', 'value', exact(risk.probabilityInvestorIrrBelowHurdle), 'fraction']);
  rows.push(['state_share_of_risk', '', 'value', exact(risk.riskShare?.state), 'fraction']);
  rows.push(['investor_share_of_risk', '', 'value', exact(risk.riskShare?.investor), 'fraction']);
  for (const c of risk.commodities) {
    for (const b of risk.priceBands[c] ?? []) for (const s of ['p10', 'p50', 'p90'] as const) rows.push([`price_${c}`, b.period, s, b[s].toFixed(), risk.priceUnits[c] ?? '']);
  }
  const header = 'figure,period,statistic,value,unit\n';
  return header + rows.map(([figure, period, statistic, value, unit]) => `${[csvCell(figure), csvCell(period), csvCell(statistic), csvCell(value, 'figure'), csvCell(unit)].join(',')}\n`).join('');
}
