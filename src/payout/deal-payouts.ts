import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { placeAt } from '../contract/placement.js';
import { isLoadedActuals, type Actuals, type LoadedActuals } from '../contract/index.js';
import { consolidateDeal, nameInstrument, type Deal } from '../deal/index.js';
import { computePayouts, type PayoutRun } from './compute-payouts.js';
import { invalidArgument } from '../diagnostics/invalid-argument.js';
import { actualsListArgument } from './payout-arguments.js';
import type { PayoutState } from './payout-state.js';
import { PayoutStatementRecord, type PayoutStatement } from './payout-statement.js';
import { prorationNote, splitActuals } from './period-proration.js';

/** The terms a run of periods was computed under. */
export interface TermsApplied {
  /** The first and last period of the run, as labels. */
  readonly periods: readonly [string, string];
  /** The ids of the instruments in force (the whole contract, then the amendments), in order. */
  readonly instruments: readonly string[];
}

/** Payouts on a deal: the statements, the state after the last, and the terms each run of periods used. */
export interface DealPayoutRun extends PayoutRun {
  /** Each run of consecutive periods under the same terms, in order. */
  readonly terms: readonly TermsApplied[];
}

/**
 * Computes a deal's payouts across its amendments: each period under the terms in force in it (as
 * {@link consolidateDeal} gives them on the period's first day), the balances (losses, carry,
 * depreciation, reserve) carried from one set of terms to the next. A period in which the terms
 * change (an instrument takes effect after its first day and on or before its last) is refused with
 * `deal/terms-change-in-period`, located at the period of the actuals, naming the instrument and
 * its date; unless the terms in force from that date say `term.partialPeriods: pro-rata`: then the
 * period is split at the date (by days, as a period at the edge of the term is prorated), the part
 * before computed under the old terms and the part from it under the new, each statement noting
 * its days, its share and the instruments in force. The actuals name the deal's id as their contract.
 *
 * @throws FairlodeError `argument/invalid` when `deal` is not a deal or `actuals` not a list of actuals.
 *
 * @example
 * ```ts
 * const run = computeDealPayouts(deal, actuals);
 * if (run.ok) for (const t of run.value.terms) console.log(t.periods, t.instruments.join(' + '));
 * ```
 */
export function computeDealPayouts(deal: Deal, actuals: readonly (Actuals | LoadedActuals)[]): Result<DealPayoutRun> {
  if (deal === null || typeof deal !== 'object' || !Array.isArray(deal.instruments)) throw invalidArgument('computeDealPayouts', 'deal', 'a deal as loadDeal returns it', deal);
  actualsListArgument('computeDealPayouts', actuals);
  const entries = actuals.map((a) => ({ a, value: isLoadedActuals(a) ? a.actuals : a })).sort((x, y) => (x.value.period.start < y.value.period.start ? -1 : x.value.period.start > y.value.period.start ? 1 : 0));
  const problems: Diagnostic[] = [];
  // The stretches computed one after another: whole periods, and the parts of a period split where
  // the terms change in it, each with the note its statement carries.
  const pieces: { a: Actuals | LoadedActuals; value: Actuals; note: string | undefined }[] = [];
  for (const e of entries) {
    const { start, end, label } = e.value.period;
    const inside = deal.instruments.find((i) => i.effective > start && i.effective <= end);
    if (inside === undefined) {
      pieces.push({ ...e, note: undefined });
      continue;
    }
    // The terms in force once the instrument takes effect say how such a period is treated.
    const after = consolidateDeal(deal, inside.effective);
    if (after.ok && after.value.contract.contract.term.partialPeriods === 'pro-rata') {
      const [x, y] = splitActuals(e.value, inside.effective, after.value.contract.contract.rounding.mode);
      const name = nameInstrument(inside);
      const wrap = (v: Actuals) => (isLoadedActuals(e.a) ? { actuals: v, source: e.a.source } : v);
      pieces.push({ a: wrap(x.actuals), value: x.actuals, note: prorationNote(x, `under the terms before ${name} took effect on ${inside.effective}`) });
      pieces.push({ a: wrap(y.actuals), value: y.actuals, note: prorationNote(y, `under the terms as ${name} sets them from ${inside.effective} (partialPeriods: pro-rata)`) });
      continue;
    }
    const d = {
      code: 'deal/terms-change-in-period',
      severity: 'error' as const,
      message: `The terms change during ${label}: ${nameInstrument(inside)} takes effect on ${inside.effective}, after the period's first day (${start}), so no one set of terms applies to the whole period.`,
      hint: `split these actuals at ${inside.effective}, e.g. into months or quarters, or let the terms in force from that date say term.partialPeriods: pro-rata`,
    };
    problems.push(isLoadedActuals(e.a) ? placeAt(e.a.source, ['period'], d) : { ...d, path: ['period'] });
  }
  if (problems.length > 0) return { ok: false, diagnostics: problems };

  const statements: PayoutStatement[] = [];
  const terms: TermsApplied[] = [];
  const diagnostics: Diagnostic[] = [];
  let state: PayoutState | undefined;
  for (let i = 0; i < pieces.length; ) {
    const asOf = pieces[i]!.value.period.start;
    const consolidated = consolidateDeal(deal, asOf);
    if (!consolidated.ok) return consolidated;
    const key = consolidated.value.instruments.map((x) => x.id).join('\u0000');
    const run: (Actuals | LoadedActuals)[] = [];
    let j = i;
    for (; j < pieces.length; j++) {
      if (j > i) {
        const next = pieces[j]!.value.period.start;
        const changed = deal.instruments.some((x) => x.effective > asOf && x.effective <= next);
        if (changed) break;
      }
      run.push(pieces[j]!.a);
    }
    const result = computePayouts(consolidated.value.contract, run, state === undefined ? {} : { opening: state });
    if (!result.ok) return result;
    diagnostics.push(...result.diagnostics);
    result.value.statements.forEach((st, k) => {
      const note = pieces[i + k]!.note;
      statements.push(note === undefined ? st : PayoutStatementRecord.withNotes(st, [`${note}; instruments in force: ${key.split('\u0000').join(' + ')}`]));
    });
    state = result.value.state;
    terms.push({ periods: [pieces[i]!.value.period.label, pieces[j - 1]!.value.period.label], instruments: key.split('\u0000') });
    i = j;
  }
  if (state === undefined) return { ok: false, diagnostics: [{ code: 'deal/no-actuals', severity: 'error', message: 'No period actuals were given.', path: [] }] };
  return { ok: true, value: { statements, state, terms }, diagnostics };
}
