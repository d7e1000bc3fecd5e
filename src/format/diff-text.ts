import type { ContractDiff } from '../diff/index.js';
import { oneLineText } from '../diagnostics/visible-text.js';
import { groupedAmount } from './payout-amounts.js';
import { isEmptyDiff, METRIC_NAMES, metricValue, scoreText, termPhrase, termSubject } from './diff-phrases.js';

function table(rows: readonly string[][], left = 1, indent = '  '): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => `${indent}${r.map((c, i) => (i < left ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`.trimEnd());
}

/**
 * A diff as plain text for a terminal: the terms that changed, one per line in a lawyer's words;
 * the verdict before and after; and, when computed, each party's payouts and the fiscal metrics.
 * Text from the contracts is shown on one line with control characters escaped.
 *
 * @example
 * ```ts
 * const d = diffContracts(old, amended);
 * if (d.ok) process.stdout.write(formatDiffText(d.value));
 * ```
 */
export function formatDiffText(d: ContractDiff): string {
  const out: string[] = [`${oneLineText(d.before.label)} → ${oneLineText(d.after.label)}`];
  if (isEmptyDiff(d)) return `${out[0]}\nNo changes: the terms, the verdict${d.payouts ? ' and the payouts' : ''} are the same.\n`;
  out.push('', `Terms: ${d.terms.length === 0 ? 'no change' : `${d.terms.length} change${d.terms.length === 1 ? '' : 's'}`}`);
  for (const t of d.terms) out.push(`  ${t.kind.padEnd(8)} ${oneLineText(termSubject(t))}: ${oneLineText(termPhrase(t))}`);
  const v = d.verdicts;
  out.push('', `Verdict (profile ${oneLineText(v.profile)}): ${v.levelBefore === v.levelAfter ? `${v.levelAfter}, unchanged` : `${v.levelBefore} → ${v.levelAfter}`}`);
  const moved = v.scores.filter((s) => s.before !== s.after);
  if (moved.length > 0) out.push(...table([['principle', 'before', 'after'], ...moved.map((s) => [`${s.principle} ${s.title}`, scoreText(s.before), scoreText(s.after)])]));
  for (const [title, list] of [['appeared', v.appeared], ['disappeared', v.disappeared]] as const) {
    if (list.length === 0) continue;
    out.push(`  Findings that ${title} (${list.length}):`);
    for (const f of list) out.push(`    ${f.severity.padEnd(7)} ${f.rule}${f.clause === undefined ? '' : ` ${oneLineText(f.clause)}`}: ${oneLineText(f.message)}`);
  }
  if (d.payouts) {
    out.push('', `Payouts (net per party, ${d.payouts.currency}):`);
    const rows = [['period', 'party', 'before', 'after', 'change']];
    for (const p of d.payouts.periods) for (const x of p.parties) rows.push([p.period, oneLineText(x.party), groupedAmount(x.before), groupedAmount(x.after), groupedAmount(x.change)]);
    for (const x of d.payouts.total) rows.push(['total', oneLineText(x.party), groupedAmount(x.before), groupedAmount(x.after), groupedAmount(x.change)]);
    out.push(...table(rows, 2));
  }
  if (d.fiscal) {
    out.push('', `Fiscal metrics over the plan (${d.fiscal.currency}):`);
    const rows = [['prices', 'metric', 'before', 'after', 'change']];
    for (const s of d.fiscal.scenarios) for (const m of s.metrics) rows.push([oneLineText(s.scenario), METRIC_NAMES[m.metric], metricValue(m, 'before', d.fiscal.currency), metricValue(m, 'after', d.fiscal.currency), metricValue(m, 'change', d.fiscal.currency)]);
    out.push(...table(rows, 2));
  }
  return `${out.join('\n')}\n`;
}
