import type { ContractDiff } from '../diff/index.js';
import { exactAmount } from './payout-amounts.js';
import { isEmptyDiff } from './diff-phrases.js';

/** The version of the JSON shape {@link formatDiffJson} writes; it changes only when a field is removed or its meaning changes. */
export const DIFF_JSON_VERSION = 1;

/**
 * A diff as JSON, stable and documented in docs/amendments.md: `fairlodeDiff` (the shape's version),
 * `before` and `after` (label and contract id), `unchanged`, `terms` (kind, clause, ref, section,
 * subject, before, after, fields), `verdicts` (profile, levels, scores, findings that appeared and
 * disappeared), and when computed `payouts` (amounts as exact decimal strings) and `fiscal`
 * (fractions and amounts as decimal strings, `null` with a `note` where a metric has no value).
 *
 * @example
 * ```ts
 * const d = diffContracts(old, amended);
 * if (d.ok) JSON.parse(formatDiffJson(d.value)).terms.length;
 * ```
 */
export function formatDiffJson(d: ContractDiff): string {
  const money = exactAmount;
  return `${JSON.stringify(
    {
      fairlodeDiff: DIFF_JSON_VERSION,
      before: d.before,
      after: d.after,
      unchanged: isEmptyDiff(d),
      terms: d.terms,
      verdicts: d.verdicts,
      payouts:
        d.payouts === undefined
          ? null
          : {
              currency: d.payouts.currency,
              periods: d.payouts.periods.map((p) => ({ period: p.period, parties: p.parties.map((x) => ({ party: x.party, before: money(x.before), after: money(x.after), change: money(x.change) })) })),
              total: d.payouts.total.map((x) => ({ party: x.party, before: money(x.before), after: money(x.after), change: money(x.change) })),
            },
      fiscal:
        d.fiscal === undefined
          ? null
          : {
              currency: d.fiscal.currency,
              scenarios: d.fiscal.scenarios.map((s) => ({
                scenario: s.scenario,
                metrics: s.metrics.map((m) => ({ metric: m.metric, before: m.before?.toString() ?? null, after: m.after?.toString() ?? null, change: m.change?.toString() ?? null, ...(m.note === undefined ? {} : { note: m.note }) })),
              })),
            },
    },
    null,
    2,
  )}\n`;
}
