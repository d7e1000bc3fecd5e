import { measureText } from '../obligations/tracking-context.js';
import type { ObligationPenalty, ObligationReport, TrackedObligation } from '../obligations/obligation.js';
import { moneyToString } from '../money/money.js';
import { oneLineText, visibleText } from '../diagnostics/visible-text.js';

/** A penalty in words: the amount (and how it is settled), and any higher rate with its extra. */
function penaltyWords(p: ObligationPenalty): string[] {
  const words: string[] = [];
  if (p.formula !== '') words.push(`penalty ${moneyToString(p.amount)} to ${p.payee} (${p.formula})${p.settledBy === 'escrow-drawdown' ? ', drawn from escrow' : ''}`);
  const r = p.rateIncrease;
  if (r) words.push(r.extra ? `higher rate ${moneyToString(r.extra)} to ${r.payee ?? 'its payee'} (${r.clause}: ${r.formula})` : `higher rate: ${r.formula}`);
  return words;
}

/** The status words of the text and Markdown reports. */
export function obligationStatusLine(o: TrackedObligation): string {
  const parts: string[] = [];
  if (o.actual) parts.push(`actual ${measureText(o.actual)}`);
  if (o.required) parts.push(`required ${measureText(o.required)}`);
  if (o.expected) parts.push(`path ${measureText(o.expected)}`);
  if (o.shortfall) parts.push(`short ${measureText(o.shortfall)}`);
  if (o.penalty) parts.push(...penaltyWords(o.penalty));
  if (o.fulfilled) parts.push(`done ${o.fulfilled}`);
  if (o.reason) parts.push(o.reason);
  return parts.join('; ');
}

/**
 * An obligation report as plain text: a header, one block per obligation (status, id, ref, due
 * date, what is owed, the figures and the evidence), and the count per status. Text from the
 * contract shows its control and bidirectional characters as escapes (see docs/security.md).
 *
 * @example
 * ```ts
 * console.log(formatObligationsText(trackObligations(contract, actuals, { asOf: isoDate('2028-12-31') })));
 * // chagai-partnership: obligations as of 2028-12-31 (actuals 2027-Q1 … 2028-Q4)
 * //   missed       local-hiring@2027-12-31 §16.2 due 2027-12-31 ...
 * ```
 */
export function formatObligationsText(report: ObligationReport): string {
  const span = report.periods.length > 0 ? `actuals ${report.periods[0]} … ${report.periods.at(-1)}` : 'no actuals';
  const lines = [`${visibleText(report.contract)}: obligations as of ${report.asOf} (${span}; horizon ${report.horizonDays} days)`, ''];
  for (const o of report.obligations) {
    const at = o.range ? ` line ${o.range.start.line}` : '';
    lines.push(`  ${o.status.padEnd(11)} ${visibleText(o.id)}${o.ref ? ` ${visibleText(o.ref)}` : ''} due ${o.due}${at}`);
    lines.push(`              ${oneLineText(o.description)}`);
    const figures = oneLineText(obligationStatusLine(o));
    if (figures) lines.push(`              ${figures}`);
    if (o.checks.length > 1) lines.push(`              history: ${visibleText(o.checks.map((c) => `${c.period} ${c.status}`).join(', '))}`);
    if (o.evidence.length > 0) lines.push(`              evidence: ${visibleText(o.evidence.map((e) => `${e.period} ${e.field}${e.date ? ` (${e.date})` : ''}`).join(', '))}`);
  }
  const c = report.counts;
  lines.push('', `${report.obligations.length} obligations: ${c.met} met, ${c.missed} missed, ${c['at-risk']} at risk, ${c['not-yet-due']} not yet due, ${c['no-data']} no data`);
  return `${lines.join('\n')}\n`;
}
