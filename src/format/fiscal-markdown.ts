import type { FiscalAnalysis, PriceDeckAnalysis } from '../fiscal/index.js';
import { analysisTables, breakevenText, conventionLines, deckTable, isDeck, type FiscalTable } from './fiscal-figures.js';

// Markdown table cells: escape the pipe and keep everything on one line.
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(t: FiscalTable): string[] {
  return [
    `### ${t.title}`,
    '',
    `| ${t.columns.map((c) => cell(c.heading)).join(' | ')} |`,
    `|${t.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join('|')}|`,
    ...t.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
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
    const out = [`## Price deck: ${cell(analysis.contract)}, plan ${cell(analysis.plan)}`, ''];
    if (first !== undefined) out.push(...conventionLines(analysis.conventions, analysis.currency, first.periods).map((l) => `${l}  `));
    if (analysis.breakeven !== undefined) out.push(`Breakeven price: ${breakevenText(analysis.breakeven, analysis.conventions.hurdleRate)}.`);
    out.push('', ...table(deckTable(analysis)));
    return `${out.join('\n').trimEnd()}\n`;
  }
  const out = [`## Fiscal analysis: ${cell(analysis.contract)}, plan ${cell(analysis.plan)}, ${cell(analysis.scenario.label)}`, ''];
  out.push(...conventionLines(analysis.conventions, analysis.currency, analysis.periods).map((l) => `${l}  `), '');
  for (const t of analysisTables(analysis)) out.push(...table(t));
  return `${out.join('\n').trimEnd()}\n`;
}
