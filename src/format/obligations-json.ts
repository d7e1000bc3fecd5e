import type { Measure, ObligationPenalty, ObligationReport } from '../obligations/obligation.js';
import { exactAmount } from './payout-amounts.js';

function measure(m: Measure | undefined): { value: string; unit: string } | undefined {
  return m ? { value: m.value.toString(), unit: m.unit } : undefined;
}

function penalty(p: ObligationPenalty | undefined) {
  if (!p) return undefined;
  const r = p.rateIncrease;
  const rateIncrease = r ? { clause: r.clause, by: r.by.toString(), extra: r.extra ? exactAmount(r.extra) : undefined, currency: r.extra?.currency, payee: r.payee, formula: r.formula } : undefined;
  return { amount: exactAmount(p.amount), currency: p.amount.currency, payee: p.payee, formula: p.formula, settledBy: p.settledBy, rateIncrease };
}

/**
 * An obligation report as a JSON-ready value: numbers as exact decimal strings with their unit,
 * ranges 1-based, keys in a fixed order.
 *
 * @example
 * ```ts
 * obligationsJsonValue(report).obligations[0].status; // 'met'
 * ```
 */
export function obligationsJsonValue(report: ObligationReport) {
  return {
    contract: report.contract,
    asOf: report.asOf,
    horizonDays: report.horizonDays,
    periods: report.periods,
    counts: report.counts,
    obligations: report.obligations.map((o) => ({
      id: o.id,
      clause: o.clause,
      ref: o.ref,
      kind: o.kind,
      description: o.description,
      due: o.due,
      status: o.status,
      reason: o.reason,
      required: measure(o.required),
      actual: measure(o.actual),
      expected: measure(o.expected),
      shortfall: measure(o.shortfall),
      penalty: penalty(o.penalty),
      fulfilled: o.fulfilled,
      evidence: o.evidence,
      path: o.path,
      range: o.range,
      checks: o.checks.map((c) => ({ period: c.period, end: c.end, status: c.status, actual: measure(c.actual), shortfall: measure(c.shortfall), penalty: penalty(c.penalty) })),
    })),
  };
}

/**
 * An obligation report as JSON text (two-space indent, ending in a newline).
 *
 * @example
 * ```ts
 * JSON.parse(formatObligationsJson(report)).counts.missed; // 3
 * ```
 */
export function formatObligationsJson(report: ObligationReport): string {
  return `${JSON.stringify(obligationsJsonValue(report), null, 2)}\n`;
}
