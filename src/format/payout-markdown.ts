import { exchangeRateToString } from '../money/fx.js';
import type { PayoutStatement } from '../payout/index.js';
import { groupedAmount } from './payout-amounts.js';
import { statementHeading } from './payout-text.js';

// Markdown table cells: escape the pipe and keep everything on one line.
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Payout statements as Markdown (GitHub-flavoured tables): a heading per period, a table of lines
 * with clause and legal reference, the totals per party, and the conservation proof.
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
    const [title, rules] = statementHeading(s);
    out.push(`## ${cell(title!.replace(/^Payout statement: /, ''))}`, '', rules!, '');
    out.push('| line | kind | from | to | amount | clause | ref | detail |', '|---|---|---|---|---:|---|---|---|');
    for (const l of s.lines) {
      const detail = [
        ...(l.band !== undefined ? [l.band] : []),
        ...(l.onBehalfOf !== undefined ? [`on behalf of ${l.onBehalfOf}`] : []),
        ...(l.settlement !== undefined ? [`paid as ${groupedAmount(l.settlement.amount)} at ${exchangeRateToString(l.settlement.rate)}`] : []),
      ].join('; ');
      out.push(`| ${[l.id, l.kind, l.from, l.to, groupedAmount(l.amount), l.clause ?? '', l.ref ?? '', detail].map(cell).join(' | ')} |`);
    }
    out.push('', '| party | net (received − paid) | in own currency |', '|---|---:|---:|');
    for (const t of s.totals) out.push(`| ${cell(t.party)} | ${groupedAmount(t.net)} | ${t.settlement === undefined ? '' : groupedAmount(t.settlement)} |`);
    const c = s.conservation;
    out.push('', c.balanced ? `**Balanced:** in ${groupedAmount(c.sources)} = out ${groupedAmount(c.uses)}, to the minor unit.` : `**Not balanced:** ${cell(c.problems.join(' '))}`);
    for (const n of s.notes) out.push('', `> ${cell(n)}`);
    out.push('');
  }
  return out.join('\n');
}
