import type { Actuals, LoadedActuals } from '../contract/index.js';
import { consolidateDeal, type Deal } from '../deal/index.js';
import { dealArgument } from '../deal/deal-arguments.js';
import type { Result } from '../diagnostics/diagnostic.js';
import { invalidArgument } from '../diagnostics/invalid-argument.js';
import { computeDealPayouts } from '../payout/deal-payouts.js';
import type { PayoutStatement } from '../payout/payout-statement.js';
import { parseDate, type IsoDate } from '../time/index.js';
import type { ObligationReport, ObligationStatus, TrackedObligation } from './obligation.js';
import { trackObligations } from './track-obligations.js';

/** The terms a run of due dates was judged under. */
export interface DueDateTerms {
  /** The first due date they govern (the instruments' effective date); undefined for the base agreement's terms. */
  readonly from: IsoDate | undefined;
  /** The ids of the instruments in force, in order. */
  readonly instruments: readonly string[];
}

/** A deal's obligation report: each obligation judged under the terms in force on its due date. */
export interface DealObligationReport extends ObligationReport {
  /** The terms of each run of due dates, in order. */
  readonly terms: readonly DueDateTerms[];
}

/**
 * Tracks a deal's obligations across its amendments: each obligation as the terms in force on its
 * due date word it (an obligation an amendment adds is owed from its effective date, not before;
 * one it replaces is judged as the earlier terms worded it up to that date), against all the actuals
 * up to `asOf`. Payments an obligation counts (community funds) come from the deal's payouts, each
 * period under its own terms. The obligations' `range` is left out: it would be a line of the
 * consolidated terms, not of an instrument (`fairlode consolidate` shows which instrument set each
 * clause).
 *
 * `options.statements`, when given, are the deal's payouts already computed (`computeDealPayouts`), so
 * they are not computed again.
 *
 * @throws FairlodeError `argument/invalid` when `deal` is not a deal, `actuals` not a list or `asOf` not a date.
 * @example
 * ```ts
 * const report = trackDealObligations(deal, actuals, { asOf: '2031-12-31' });
 * if (report.ok) console.log(report.value.terms, report.value.counts);
 * ```
 */
export function trackDealObligations(deal: Deal, actuals: readonly (Actuals | LoadedActuals)[], options: { readonly asOf: IsoDate | string; readonly horizonDays?: number; readonly statements?: readonly PayoutStatement[] }): Result<DealObligationReport> {
  dealArgument('trackDealObligations', deal);
  const parsed = options === null || typeof options !== 'object' ? undefined : parseDate(String(options.asOf));
  if (parsed === undefined || !parsed.ok) throw invalidArgument('trackDealObligations', 'options.asOf', 'a date written YYYY-MM-DD', options?.asOf);
  const asOf = parsed.value;
  // The deal's payouts, each period under its own terms: given, or computed here.
  const payouts = options.statements !== undefined || actuals.length === 0 ? undefined : computeDealPayouts(deal, actuals);
  const statements = options.statements ?? (payouts?.ok ? payouts.value.statements : undefined);
  const dates = [...new Set(deal.instruments.map((i) => i.effective))].filter((d) => d <= asOf);
  if (dates.length === 0) return { ok: false, diagnostics: [{ code: 'deal/not-in-force', severity: 'error', message: `Nothing of deal "${deal.id}" is in force on ${asOf}: its base agreement takes effect on ${deal.instruments[0]!.effective}.`, path: [] }] };
  const obligations: TrackedObligation[] = [];
  const terms: DueDateTerms[] = [];
  let last: ObligationReport | undefined;
  for (const [k, date] of dates.entries()) {
    const consolidated = consolidateDeal(deal, date);
    if (!consolidated.ok) return consolidated;
    const report = trackObligations(consolidated.value.contract, actuals, { asOf, ...(options.horizonDays === undefined ? {} : { horizonDays: options.horizonDays }), ...(statements === undefined ? {} : { statements }) });
    const next = dates[k + 1];
    for (const o of report.obligations) if ((k === 0 || o.due >= date) && (next === undefined || o.due < next)) obligations.push({ ...o, range: undefined });
    terms.push({ from: k === 0 ? undefined : date, instruments: consolidated.value.instruments.map((i) => i.id) });
    last = report;
  }
  const counts: Record<ObligationStatus, number> = { ...last!.counts };
  for (const s of Object.keys(counts) as ObligationStatus[]) counts[s] = 0;
  for (const o of obligations) counts[o.status]++;
  return { ok: true, value: { ...last!, obligations, counts, terms }, diagnostics: payouts !== undefined && !payouts.ok ? payouts.diagnostics.map((d) => ({ ...d, severity: 'warning' as const, message: `The payouts could not be computed across the amendments, so payments are counted under each obligation's own terms: ${d.message}` })) : [] };
}
