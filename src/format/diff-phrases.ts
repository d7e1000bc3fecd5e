// The phrases the diff formats share: one change of terms, one metric, one figure. Internal to
// src/format: not re-exported. Every piece of user text is returned raw; each format escapes it.
import type { ContractDiff, FieldChange, FiscalMetricName, MetricChange, TermChange } from '../diff/index.js';
import { percent, grouped, exactMoney } from './fiscal-figures.js';

/** What a change of terms is about, with its legal reference: `royalty on copper (§7.1)`. */
export function termSubject(t: TermChange): string {
  return t.ref === undefined ? t.subject : `${t.subject} (${t.ref})`;
}

/** A field change in words: `rate: 15% → 20%`, `rate: 15% (removed)`, `payee: trust (added)`. */
export function fieldPhrase(f: FieldChange): string {
  if (f.before === undefined) return `${f.field}: ${f.after} (added)`;
  if (f.after === undefined) return `${f.field}: ${f.before} (removed)`;
  return `${f.field}: ${f.before} → ${f.after}`;
}

/**
 * A change of terms in the words a lawyer reads: `5% of gross revenue → incremental bands 4%–10% of
 * gross revenue`, or the fields that changed when the clause has no one-phrase summary.
 */
export function termPhrase(t: TermChange): string {
  if (t.kind === 'added') return t.after ?? '';
  if (t.kind === 'removed') return t.before ?? '';
  if (t.before !== undefined && t.after !== undefined && t.before !== t.after) {
    const rest = t.fields.filter((f) => !summarised(f));
    return rest.length === 0 ? `${t.before} → ${t.after}` : `${t.before} → ${t.after}; ${rest.map(fieldPhrase).join('; ')}`;
  }
  return t.fields.map(fieldPhrase).join('; ');
}

/** Fields a clause's summary already says (rates, bands, bases): not repeated beside it. */
function summarised(f: FieldChange): boolean {
  return /^(rate|perUnit|sliding|base|years|term\.years)\b/.test(f.field) || /^rate\[/.test(f.field);
}

/** The names of the fiscal metrics, as a reader says them. */
export const METRIC_NAMES: Record<FiscalMetricName, string> = {
  governmentTake: 'government take',
  stateNpv: "state's NPV",
  stateIrr: "state's IRR",
  investorNpv: "investor's NPV",
  investorIrr: "investor's IRR",
};

/** A metric's value: a percentage for take and IRR, an amount for NPV, or `n/a`. */
export function metricValue(m: MetricChange, which: 'before' | 'after' | 'change', currency: string): string {
  const v = m[which];
  if (v === undefined) return 'n/a';
  if (m.metric === 'stateNpv' || m.metric === 'investorNpv') return grouped(exactMoney(v.toDecimalPlaces(2), currency));
  const p = percent(v);
  return which === 'change' ? `${p.startsWith('−') ? '' : '+'}${p.replace('%', ' pts')}` : p;
}

/** Whether a diff finds nothing: same terms, same findings, same scores, no money moved. */
export function isEmptyDiff(d: ContractDiff): boolean {
  return d.terms.length === 0 && d.verdicts.appeared.length === 0 && d.verdicts.disappeared.length === 0 && d.verdicts.levelBefore === d.verdicts.levelAfter && d.verdicts.scores.every((s) => s.before === s.after) && (d.payouts?.total.every((p) => p.change.amount.isZero()) ?? true);
}

/** A score as text: `72.5`, or `–` when no rule counted. */
export function scoreText(s: number | null): string {
  return s === null ? '–' : s.toFixed(1);
}
