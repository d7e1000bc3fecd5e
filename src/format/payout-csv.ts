import { formatRate } from '../money/rate.js';
import { exchangeRateToString } from '../money/fx.js';
import { quantityToString } from '../quantity/index.js';
import type { PayoutStatement } from '../payout/index.js';
import { csvRecord } from './csv-cell.js';
import { exactAmount } from './payout-amounts.js';

const HEADER = ['contract', 'period', 'line', 'kind', 'clause', 'ref', 'from', 'to', 'amount', 'currency', 'base', 'base_amount', 'rate', 'band', 'on_behalf_of', 'settlement_amount', 'settlement_currency', 'fx_rate'];

// The exact amounts fairlode computed; every other cell is text from the contract or the actuals.
const FIGURES: ReadonlySet<string> = new Set(['amount', 'base_amount', 'settlement_amount']);

/**
 * Payout statements as CSV: one row per line of every statement, amounts as exact decimal strings,
 * fields quoted as RFC 4180 says, rows ending in `\n`. A text cell that a spreadsheet would run as a
 * formula (`=`, `+`, `-`, `@` …) starts with a single quote (see docs/security.md).
 *
 * @example
 * ```ts
 * formatPayoutCsv(run.statements).split('\n')[0];
 * // 'contract,period,line,kind,clause,ref,from,to,amount,currency,base,base_amount,rate,band,on_behalf_of,settlement_amount,settlement_currency,fx_rate'
 * ```
 *
 * With `instruments` (a deal's payouts: the instruments each statement was computed under, in
 * statement order), a last column `instruments` names them.
 */
export function formatPayoutCsv(statements: PayoutStatement | readonly PayoutStatement[], instruments?: readonly string[]): string {
  const list: readonly PayoutStatement[] = Array.isArray(statements) ? statements : [statements as PayoutStatement];
  const header = instruments === undefined ? HEADER : [...HEADER, 'instruments'];
  const rows = [header.join(',')];
  for (const [k, s] of list.entries()) {
    for (const l of s.lines) {
      rows.push(csvRecord(header, [
        s.contract,
        s.period.label,
        l.id,
        l.kind,
        l.clause,
        l.ref,
        l.from,
        l.to,
        exactAmount(l.amount),
        l.amount.currency,
        l.base?.label,
        l.base?.amount !== undefined ? exactAmount(l.base.amount) : l.base?.quantity !== undefined ? quantityToString(l.base.quantity) : undefined,
        l.rate === undefined ? undefined : formatRate(l.rate),
        l.band,
        l.onBehalfOf,
        l.settlement === undefined ? undefined : exactAmount(l.settlement.amount),
        l.settlement?.amount.currency,
        l.settlement === undefined ? undefined : exchangeRateToString(l.settlement.rate),
        ...(instruments === undefined ? [] : [instruments[k]]),
      ], FIGURES));
    }
  }
  return `${rows.join('\n')}\n`;
}
