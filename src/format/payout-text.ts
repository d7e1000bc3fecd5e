import { exchangeRateToString } from '../money/fx.js';
import { moneyToString } from '../money/money.js';
import { formatRate } from '../money/rate.js';
import type { PayoutStatement } from '../payout/index.js';
import { groupedAmount } from './payout-amounts.js';

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
    `Payout statement: ${s.contract}, ${s.period.label} (${s.period.start} to ${s.period.end}), FY${s.fiscalYear}${s.closesFiscalYear ? ', closes the fiscal year' : ''}`,
    `Amounts in ${s.currency}, each rounded ${s.rounding} to the minor unit once; splits by ${s.allocation.method}, ties to the party declared first.`,
  ];
}

/**
 * A payout statement as a plain-text table for a terminal or a report: one row per line (id, kind,
 * payer → payee, amount, clause and legal reference), with the band or rate and any conversion to
 * the payee's currency underneath, then the totals per party, the conservation proof and the
 * balances carried forward.
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
    id: l.id,
    kind: l.kind,
    flow: `${l.from} → ${l.to}`,
    amount: groupedAmount(l.amount).replace(/ [A-Z]{3}$/, ''),
    clause: [l.clause, l.ref].filter((x) => x !== undefined).join(' '),
    notes: [
      ...(details && l.band !== undefined ? [`band: ${l.band}`] : []),
      ...(details && l.band === undefined && l.rate !== undefined && l.base !== undefined ? [`${formatRate(l.rate)} of ${l.base.label}`] : []),
      ...(l.onBehalfOf !== undefined ? [`on behalf of ${l.onBehalfOf}`] : []),
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
  const pw = Math.max(0, ...s.totals.map((t) => t.party.length));
  const aw = Math.max(0, ...s.totals.map((t) => groupedAmount(t.net).length));
  for (const t of s.totals) out.push(`  ${pad(t.party, pw)}  ${pad(groupedAmount(t.net), aw, true)}${t.settlement === undefined ? '' : `  (${groupedAmount(t.settlement)})`}`);
  const c = s.conservation;
  out.push('', c.balanced
    ? `Conservation: in ${groupedAmount(c.sources)} = out ${groupedAmount(c.uses)}; balanced to the minor unit.`
    : `Conservation: NOT BALANCED: in ${groupedAmount(c.sources)}, out ${groupedAmount(c.uses)}, difference ${moneyToString(c.difference)}. ${c.problems.join(' ')}`);
  const b = s.balances;
  const carried = [`reserve ${groupedAmount(b.reserve)}`, `tax losses ${groupedAmount(b.lossesCarriedForward)}`, `capital to depreciate ${groupedAmount(b.undepreciatedCapital)}`];
  for (const ci of b.carriedInterest) carried.push(`${ci.holder}'s carry owed to ${ci.carrier} ${groupedAmount(ci.balance)}`);
  out.push(`Carried forward: ${carried.join('; ')}.`);
  for (const i of b.carryInterestAdded) out.push(`Interest added to ${i.holder}'s carry owed to ${i.carrier}: ${groupedAmount(i.balance)}.`);
  for (const n of s.notes) out.push(`Note: ${n}`);
  return `${out.join('\n')}\n`;
}
