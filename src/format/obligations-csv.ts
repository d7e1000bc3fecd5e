import type { Measure, ObligationReport } from '../obligations/obligation.js';
import { csvRecord } from './csv-cell.js';
import { exactAmount } from './payout-amounts.js';

const HEADER = ['contract', 'as_of', 'id', 'clause', 'ref', 'kind', 'due', 'status', 'reason', 'required', 'actual', 'shortfall', 'unit', 'penalty', 'penalty_currency', 'penalty_payee', 'penalty_settled_by', 'higher_rate_clause', 'higher_rate_extra', 'higher_rate_payee', 'fulfilled', 'line', 'description'];

// The exact figures fairlode computed; every other cell is text from the contract or the actuals.
const FIGURES: ReadonlySet<string> = new Set(['required', 'actual', 'shortfall', 'penalty', 'higher_rate_extra', 'line']);

function value(m: Measure | undefined): string | undefined {
  return m?.value.toString();
}

/**
 * An obligation report as CSV (RFC 4180): one row per obligation; figures as exact decimals with
 * the unit of the shortfall (or of the requirement) in its own column. A text cell that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` …) starts with a single quote (see docs/security.md).
 *
 * @example
 * ```ts
 * formatObligationsCsv(report).split('\n')[0]; // 'contract,as_of,id,clause,ref,kind,due,status,reason,required,actual,shortfall,unit,...'
 * ```
 */
export function formatObligationsCsv(report: ObligationReport): string {
  const rows = [HEADER.join(',')];
  for (const o of report.obligations) {
    const unit = (o.shortfall ?? o.required ?? o.actual)?.unit;
    rows.push(
      csvRecord(HEADER, [report.contract, report.asOf, o.id, o.clause, o.ref, o.kind, o.due, o.status, o.reason, value(o.required), value(o.actual), value(o.shortfall), unit, o.penalty ? exactAmount(o.penalty.amount) : undefined, o.penalty?.amount.currency, o.penalty?.payee, o.penalty?.settledBy, o.penalty?.rateIncrease?.clause, o.penalty?.rateIncrease?.extra ? exactAmount(o.penalty.rateIncrease.extra) : undefined, o.penalty?.rateIncrease?.payee, o.fulfilled, o.range ? String(o.range.start.line) : undefined, o.description], FIGURES),
    );
  }
  return `${rows.join('\n')}\n`;
}
