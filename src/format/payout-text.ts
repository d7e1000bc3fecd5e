import { exchangeRateToString } from '../money/fx.js';
import { moneyToString } from '../money/money.js';
import { formatRate } from '../money/rate.js';
import type { PayoutStatement } from '../payout/index.js';
import { groupedAmount } from './payout-amounts.js';
import { oneLineText, visibleText } from '../diagnostics/visible-text.js';

/**
 * Options for {@link formatPayoutText}.
 *
 * @example
 * ```ts
 * formatPayoutText(statement, { details: false });
 * ```
 */
export interface PayoutTextOptions {
  /** Show bands and rates under each line (default true). */
  details?: boolean;
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** A short account of a statement's header: what, when, and how amounts are rounded and split. */
export function statementHeading(s: PayoutStatement): string[] {
  return [
    `Payout statement: ${visibleText(s.contract)}, ${visibleText(s.period.label)} (${s.period.start} to ${s.period.end}), FY${s.fiscalYear}${s.closesFiscalYear ? ', closes the fiscal year' : ''}`,
    `Amounts in ${s.currency}, each rounded ${s.rounding} to the minor unit once; splits by ${s.allocation.method}, ties to the party declared first.`,
  ];
}

/**
 * A payout statement as a plain-text table for a terminal or a report: one row per line (id, kind,
 * payer → payee, amount, clause and legal reference), with the band or rate and any conversion to
 * the payee's currency underneath, then the totals per party, the conservation proof and the
 * balances carried forward. Text from the contract shows its control and bidirectional characters
 * as escapes (see docs/security.md), so no id or label can start a line or reorder one.
 *
 * @example
 * ```ts
 * console.log(formatPayoutText(run.statements[0]));
 * // Payout statement: chagai-partnership, 2027-Q1 (2027-01-01 to 2027-03-31), FY2027
 * // ...
 * ```
 */
export function formatPayoutText(statements: PayoutStatement | readonly PayoutStatement[], options: PayoutTextOptions = {}): string {
  const list: readonly PayoutStatement[] = Array.isArray(statements) ? statements : [statements as PayoutStatement];
  return list.map((s) => statementText(s, options.details ?? true)).join('\n');
}

function statementText(s: PayoutStatement, details: boolean): string {
  const out = statementHeading(s);
  out.push('');
  const rows = s.lines.map((l) => ({
    id: visibleText(l.id),
    kind: visibleText(l.kind),
    flow: `${visibleText(l.from)} → ${visibleText(l.to)}`,
    amount: groupedAmount(l.amount).replace(/ [A-Z]{3}$/, ''),
    clause: visibleText([l.clause, l.ref].filter((x) => x !== undefined).join(' ')),
    notes: [
      ...(details && l.band !== undefined ? [`band: ${visibleText(l.band)}`] : []),
      ...(details && l.band === undefined && l.rate !== undefined && l.base !== undefined ? [`${formatRate(l.rate)} of ${visibleText(l.base.label)}`] : []),
      ...(l.onBehalfOf !== undefined ? [`on behalf of ${visibleText(l.onBehalfOf)}`] : []),
      ...(l.settlement !== undefined ? [`paid as ${groupedAmount(l.settlement.amount)} at ${exchangeRateToString(l.settlement.rate)}`] : []),
    ],
  }));
  const head = { id: 'line', kind: 'kind', flow: 'from → to', amount: `amount (${s.currency})`, clause: 'clause' };
  // Widths by a loop: spreading 125,000 or more rows into Math.max overflows the call stack.
  const w = { id: head.id.length, kind: head.kind.length, flow: head.flow.length, amount: head.amount.length };
  for (const r of rows) {
    w.id = Math.max(w.id, r.id.length);
    w.kind = Math.max(w.kind, r.kind.length);
    w.flow = Math.max(w.flow, r.flow.length);
    w.amount = Math.max(w.amount, r.amount.length);
  }
  const row = (r: typeof head) => `  ${pad(r.id, w.id)}  ${pad(r.kind, w.kind)}  ${pad(r.flow, w.flow)}  ${pad(r.amount, w.amount, true)}  ${r.clause}`.trimEnd();
  out.push(row(head));
  for (const r of rows) {
    out.push(row(r));
    for (const n of r.notes) out.push(`  ${' '.repeat(w.id)}    ${n}`);
  }
  out.push('', 'Totals per party (received − paid):');
  const pw = Math.max(0, ...s.totals.map((t) => visibleText(t.party).length));
  const aw = Math.max(0, ...s.totals.map((t) => groupedAmount(t.net).length));
  for (const t of s.totals) out.push(`  ${pad(visibleText(t.party), pw)}  ${pad(groupedAmount(t.net), aw, true)}${t.settlement === undefined ? '' : `  (${groupedAmount(t.settlement)})`}`);
  const c = s.conservation;
  out.push('', c.balanced
    ? `Conservation: in ${groupedAmount(c.sources)} = out ${groupedAmount(c.uses)}; balanced to the minor unit.`
    : `Conservation: NOT BALANCED: in ${groupedAmount(c.sources)}, out ${groupedAmount(c.uses)}, difference ${moneyToString(c.difference)}. ${oneLineText(c.problems.join(' '))}`);
  const b = s.balances;
  const carried = [`reserve ${groupedAmount(b.reserve)}`, `tax losses ${groupedAmount(b.lossesCarriedForward)}`, `capital to depreciate ${groupedAmount(b.undepreciatedCapital)}`];
  for (const ci of b.carriedInterest) carried.push(`${visibleText(ci.holder)}'s carry owed to ${visibleText(ci.carrier)} ${groupedAmount(ci.balance)}`);
  out.push(`Carried forward: ${carried.join('; ')}.`);
  for (const i of b.carryInterestAdded) out.push(`Interest added to ${visibleText(i.holder)}'s carry owed to ${visibleText(i.carrier)}: ${groupedAmount(i.balance)}.`);
  for (const w of b.carryWrittenOff) out.push(`Written off from ${visibleText(w.holder)}'s carry owed to ${visibleText(w.carrier)}: ${groupedAmount(w.balance)}.`);
  for (const n of s.notes) out.push(`Note: ${oneLineText(n)}`);
  return `${out.join('\n')}\n`;
}
