import type { FiscalAnalysis, PriceDeckAnalysis } from '../fiscal/index.js';
import { analysisTables, breakevenText, conventionLines, deckTable, isDeck, type FiscalTable } from './fiscal-figures.js';
import { visibleText } from '../diagnostics/visible-text.js';

/** A table as aligned plain-text lines, every cell shown through `visibleText` (shared with the price-risk text format). */
export function layout(table: FiscalTable): string[] {
  // Labels (parties, streams, scenarios) come from the contract and the plan: shown, never obeyed.
  const t = { ...table, columns: table.columns.map((c) => ({ ...c, heading: visibleText(c.heading) })), rows: table.rows.map((r) => r.map(visibleText)) };
  const widths = t.columns.map((c, i) => Math.max(c.heading.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `  ${cells.map((cell, i) => (t.columns[i]!.align === 'right' ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd();
  return [`${visibleText(t.title)}:`, line(t.columns.map((c) => c.heading)), ...t.rows.map(line)];
}

/**
 * A fiscal analysis, or a price deck, as plain text for a terminal or a report: a heading with
 * the conventions used (rates, timing, who counts as government, the term), then tables of the
 * metrics, government take by stream, each party's cash flows and every period's. Amounts are in
 * millions of the contract currency and ratios in percent, each rounded half-even for display;
 * the JSON and CSV formats carry the exact figures.
 *
 * @example
 * ```ts
 * const result = analyse(contract, plan, { beyondTerm: 'extend' });
 * if (result.ok) console.log(formatFiscalText(result.value));
 * // Fiscal analysis: chagai-partnership, plan chagai-life-of-mine, plan prices
 * // ...
 * ```
 */
export function formatFiscalText(analysis: FiscalAnalysis | PriceDeckAnalysis): string {
  if (isDeck(analysis)) {
    const first = analysis.analyses[0];
    const out = [`Price deck: ${visibleText(analysis.contract)}, plan ${visibleText(analysis.plan)}, ${analysis.rows.length} scenarios`];
    if (first !== undefined) out.push(...conventionLines(analysis.conventions, analysis.currency, first.periods).map(visibleText));
    if (analysis.breakeven !== undefined) out.push(`Breakeven price: ${visibleText(breakevenText(analysis.breakeven, analysis.conventions.hurdleRate))}.`);
    out.push('', ...layout(deckTable(analysis)));
    return `${out.join('\n')}\n`;
  }
  const out = [`Fiscal analysis: ${visibleText(analysis.contract)}, plan ${visibleText(analysis.plan)}, ${visibleText(analysis.scenario.label)}`, ...conventionLines(analysis.conventions, analysis.currency, analysis.periods).map(visibleText)];
  for (const t of analysisTables(analysis)) out.push('', ...layout(t));
  return `${out.join('\n')}\n`;
}
