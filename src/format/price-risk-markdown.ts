import type { PriceRisk } from '../fiscal/index.js';
import { table } from './fiscal-markdown.js';
import { markdownText } from './markdown-text.js';
import { priceRiskLines, priceRiskTables } from './price-risk-figures.js';

/**
 * A price-risk run as Markdown (GitHub-flavoured tables): the same assumptions and tables as
 * {@link formatPriceRiskText}, every cell escaped (`markdownText`).
 *
 * @example
 * ```ts
 * if (risk.ok) writeFileSync('price-risk.md', formatPriceRiskMarkdown(risk.value));
 * ```
 */
export function formatPriceRiskMarkdown(risk: PriceRisk): string {
  const out = [`## Price risk: ${markdownText(risk.contract)}, plan ${markdownText(risk.plan)}`, ''];
  out.push(...priceRiskLines(risk).map((l) => `${markdownText(l)}  `), '');
  for (const t of priceRiskTables(risk)) out.push(...table(t));
  return `${out.join('\n').trimEnd()}\n`;
}
