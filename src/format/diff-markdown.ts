import type { ContractDiff } from '../diff/index.js';
import { markdownCode, markdownText } from './markdown-text.js';
import { groupedAmount } from './payout-amounts.js';
import { isEmptyDiff, METRIC_NAMES, metricValue, scoreText, termPhrase, termSubject } from './diff-phrases.js';

const KIND: Record<string, string> = { added: '➕ added', removed: '➖ removed', changed: '✏️ changed' };

/**
 * A diff as Markdown for a pull-request comment a reviewer reads in a minute: a one-line verdict,
 * a table of the terms that changed, the score movements and findings, and (when computed) the
 * payouts and fiscal metrics in tables. Text from the contracts is escaped, so a clause's note
 * cannot add links, images or HTML to the comment.
 *
 * @example
 * ```ts
 * const d = diffContracts(old, amended, { actuals });
 * if (d.ok) writeFileSync('diff.md', formatDiffMarkdown(d.value));
 * ```
 */
export function formatDiffMarkdown(d: ContractDiff): string {
  const v = d.verdicts;
  const out: string[] = [`### fairlode diff: ${markdownText(d.before.label)} → ${markdownText(d.after.label)}`, ''];
  if (isEmptyDiff(d)) return `${out.join('\n')}No changes: the terms, the verdict${d.payouts ? ' and the payouts' : ''} are the same.\n`;
  const level = v.levelBefore === v.levelAfter ? `level **${v.levelAfter}** (unchanged)` : `level **${v.levelBefore} → ${v.levelAfter}**`;
  out.push(`**${d.terms.length}** change${d.terms.length === 1 ? '' : 's'} of terms · ${level} · findings +${v.appeared.length} / −${v.disappeared.length}`, '');
  if (d.terms.length > 0) {
    out.push('| | clause | change |', '|---|---|---|');
    for (const t of d.terms) out.push(`| ${KIND[t.kind]} | ${markdownText(termSubject(t))} | ${markdownText(termPhrase(t))} |`);
    out.push('');
  }
  const moved = v.scores.filter((s) => s.before !== s.after);
  if (moved.length > 0) {
    out.push(`**Scores** (profile ${markdownCode(v.profile)})`, '', '| principle | before | after |', '|---|---:|---:|');
    for (const s of moved) out.push(`| ${s.principle} ${markdownText(s.title)} | ${scoreText(s.before)} | ${scoreText(s.after)} |`);
    out.push('');
  }
  for (const [title, list] of [['appeared', v.appeared], ['disappeared', v.disappeared]] as const) {
    if (list.length === 0) continue;
    out.push(`**Findings that ${title}**`, '');
    for (const f of list) out.push(`- ${f.severity} ${markdownCode(f.rule)}${f.clause === undefined ? '' : ` ${markdownText(f.clause)}`}: ${markdownText(f.message)}`);
    out.push('');
  }
  if (d.payouts) {
    out.push(`**Payouts** (net per party, ${markdownText(d.payouts.currency)})`, '', '| period | party | before | after | change |', '|---|---|---:|---:|---:|');
    for (const p of d.payouts.periods) for (const x of p.parties) out.push(`| ${markdownText(p.period)} | ${markdownText(x.party)} | ${groupedAmount(x.before)} | ${groupedAmount(x.after)} | ${groupedAmount(x.change)} |`);
    for (const x of d.payouts.total) out.push(`| **total** | ${markdownText(x.party)} | ${groupedAmount(x.before)} | ${groupedAmount(x.after)} | **${groupedAmount(x.change)}** |`);
    out.push('');
  }
  if (d.fiscal) {
    const c = d.fiscal.currency;
    out.push(`**Fiscal metrics over the plan** (${markdownText(c)})`, '', '| prices | metric | before | after | change |', '|---|---|---:|---:|---:|');
    for (const s of d.fiscal.scenarios) for (const m of s.metrics) out.push(`| ${markdownText(s.scenario)} | ${METRIC_NAMES[m.metric]} | ${metricValue(m, 'before', c)} | ${metricValue(m, 'after', c)} | ${metricValue(m, 'change', c)} |`);
    out.push('');
  }
  return `${out.join('\n')}`;
}
