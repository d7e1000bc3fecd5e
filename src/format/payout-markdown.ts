import { exchangeRateToString } from '../money/fx.js';
import type { PayoutStatement } from '../payout/index.js';
import { groupedAmount } from './payout-amounts.js';
import { markdownText } from './markdown-text.js';
import { statementHeading } from './payout-text.js';


/**
 * Payout statements as Markdown (GitHub-flavoured tables): a heading per period, a table of lines
 * with clause and legal reference, the totals per party, and the conservation proof. Text from the
 * contract is escaped (see docs/security.md): no pipe, line break, HTML or Markdown in it changes
 * the table.
 *
 * @example
 * ```ts
 * writeFileSync('payouts.md', formatPayoutMarkdown(run.statements));
 * ```
 */
export function formatPayoutMarkdown(statements: PayoutStatement | readonly PayoutStatement[]): string {
  const list: readonly PayoutStatement[] = Array.isArray(statements) ? statements : [statements as PayoutStatement];
  const out: string[] = [];
  for (const s of list) {
    const [, rules] = statementHeading(s);
    out.push(`## ${markdownText(s.contract)}, ${markdownText(s.period.label)} (${s.period.start} to ${s.period.end}), FY${s.fiscalYear}${s.closesFiscalYear ? ', closes the fiscal year' : ''}`, '', rules!, '');
    out.push('| line | kind | from | to | amount | clause | ref | detail |', '|---|---|---|---|---:|---|---|---|');
    for (const l of s.lines) {
      const detail = [
        ...(l.band !== undefined ? [markdownText(l.band)] : []),
        ...(l.onBehalfOf !== undefined ? [`on behalf of ${markdownText(l.onBehalfOf)}`] : []),
        ...(l.settlement !== undefined ? [`paid as ${groupedAmount(l.settlement.amount)} at ${markdownText(exchangeRateToString(l.settlement.rate))}`] : []),
      ].join('; ');
      out.push(`| ${[l.id, l.kind, l.from, l.to].map(markdownText).join(' | ')} | ${groupedAmount(l.amount)} | ${markdownText(l.clause ?? '')} | ${markdownText(l.ref ?? '')} | ${detail} |`);
    }
    out.push('', '| party | net (received − paid) | in own currency |', '|---|---:|---:|');
    for (const t of s.totals) out.push(`| ${markdownText(t.party)} | ${groupedAmount(t.net)} | ${t.settlement === undefined ? '' : groupedAmount(t.settlement)} |`);
    const c = s.conservation;
    out.push('', c.balanced ? `**Balanced:** in ${groupedAmount(c.sources)} = out ${groupedAmount(c.uses)}, to the minor unit.` : `**Not balanced:** ${markdownText(c.problems.join(' '))}`);
    for (const n of s.notes) out.push('', `> ${markdownText(n)}`);
    out.push('');
  }
  return out.join('\n');
}
