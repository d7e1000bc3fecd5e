import type { FiscalAnalysis, PriceDeckAnalysis } from '../fiscal/index.js';
import { analysisTables, breakevenText, conventionLines, deckTable, isDeck, type FiscalTable } from './fiscal-figures.js';
import { markdownText } from './markdown-text.js';


/** A table as a titled GitHub-flavoured Markdown table, every cell escaped (shared with the price-risk Markdown format). */
export function table(t: FiscalTable): string[] {
  return [
    `### ${markdownText(t.title)}`,
    '',
    `| ${t.columns.map((c) => markdownText(c.heading)).join(' | ')} |`,
    `|${t.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join('|')}|`,
    ...t.rows.map((r) => `| ${r.map(markdownText).join(' | ')} |`),
    '',
  ];
}

/**
 * A fiscal analysis, or a price deck, as Markdown (GitHub-flavoured tables): the same heading,
 * conventions and tables as {@link formatFiscalText}, for reports and pull requests.
 *
 * @example
 * ```ts
 * writeFileSync('fiscal.md', formatFiscalMarkdown(result.value));
 * ```
 */
export function formatFiscalMarkdown(analysis: FiscalAnalysis | PriceDeckAnalysis): string {
  if (isDeck(analysis)) {
    const first = analysis.analyses[0];
    const out = [`## Price deck: ${markdownText(analysis.contract)}, plan ${markdownText(analysis.plan)}`, ''];
    if (first !== undefined) out.push(...conventionLines(analysis.conventions, analysis.currency, first.periods).map((l) => `${markdownText(l)}  `));
    if (analysis.breakeven !== undefined) out.push(`Breakeven price: ${markdownText(breakevenText(analysis.breakeven, analysis.conventions.hurdleRate))}.`);
    out.push('', ...table(deckTable(analysis)));
    return `${out.join('\n').trimEnd()}\n`;
  }
  const out = [`## Fiscal analysis: ${markdownText(analysis.contract)}, plan ${markdownText(analysis.plan)}, ${markdownText(analysis.scenario.label)}`, ''];
  out.push(...conventionLines(analysis.conventions, analysis.currency, analysis.periods).map((l) => `${markdownText(l)}  `), '');
  for (const t of analysisTables(analysis)) out.push(...table(t));
  return `${out.join('\n').trimEnd()}\n`;
}
