import type { PriceRisk } from '../fiscal/index.js';
import { visibleText } from '../diagnostics/visible-text.js';
import { layout } from './fiscal-text.js';
import { priceRiskLines, priceRiskTables } from './price-risk-figures.js';

/**
 * A price-risk run (see `priceRisk`) as plain text: what the run assumed (model, parameters,
 * paths, seed, rates), the distribution of government take, the state's and the investor's NPV and
 * IRR (mean, standard deviation, P10, P50, P90), who bears the risk, and each simulated commodity's
 * price percentiles per period. Amounts in millions and ratios in percent, rounded half-even for
 * display; the JSON and CSV formats carry the exact figures. Names from the contract are shown,
 * never obeyed (`visibleText`).
 *
 * @example
 * ```ts
 * const risk = priceRisk(contract, plan, { paths: 1000, seed: 7, model: 'gbm', volatility: 0.3, beyondTerm: 'extend' });
 * if (risk.ok) process.stdout.write(formatPriceRiskText(risk.value));
 * // Price risk: chagai-partnership, plan chagai-life-of-mine
 * ```
 */
export function formatPriceRiskText(risk: PriceRisk): string {
  const out = [`Price risk: ${visibleText(risk.contract)}, plan ${visibleText(risk.plan)}`, ...priceRiskLines(risk).map(visibleText)];
  for (const t of priceRiskTables(risk)) out.push('', ...layout(t));
  return `${out.join('\n')}\n`;
}
