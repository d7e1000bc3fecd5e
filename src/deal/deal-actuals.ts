import type { Result } from '../diagnostics/diagnostic.js';
import { loadActuals, type LoadedActuals } from '../contract/load-actuals.js';
import type { LoadedContract } from '../contract/load-contract.js';
import { invalidArgument } from '../diagnostics/invalid-argument.js';
import type { IsoDate } from '../time/index.js';
import { consolidateDeal } from './consolidate.js';
import { dealArgument } from './deal-arguments.js';
import type { Deal } from './deal.js';

/**
 * The terms a period's actuals are checked against: the deal's terms in force on the period's first
 * day, or, for a period that starts before the deal does, its base agreement under the deal's id (so
 * that the actuals loader reports the period as outside the term, at its line).
 */
function termsForPeriod(deal: Deal, start: IsoDate): LoadedContract {
  const consolidated = consolidateDeal(deal, start);
  return consolidated.ok ? consolidated.value.contract : underDealId(deal, baseOf(deal));
}

/** The deal's base agreement (a loaded deal always has one). */
function baseOf(deal: Deal): LoadedContract {
  return (deal.instruments.find((i) => i.kind === 'base') ?? deal.instruments.find((i) => i.contract !== undefined))!.contract!;
}

/** A whole contract of the deal under the deal's id, which the deal's actuals name. */
function underDealId(deal: Deal, c: LoadedContract): LoadedContract {
  return { ...c, contract: { ...c.contract, id: deal.id } };
}

/**
 * Loads one period's actuals of a deal: read once for its period, then checked against the terms in
 * force on the period's first day (the commodities, clauses and parties the actuals name must be
 * those of the terms then in force; the actuals name the deal's id as their contract). Every problem
 * is a located diagnostic, as {@link loadActuals} gives it.
 *
 * @throws FairlodeError `argument/invalid` when `deal` is not a deal as `loadDeal` returns it or `text` not a string.
 * @example
 * ```ts
 * const a = loadDealActuals(deal, text, { filename: 'actuals/2031.yaml' });
 * if (a.ok) console.log(a.value.actuals.period.label);
 * ```
 */
export function loadDealActuals(deal: Deal, text: string, options: { filename?: string } = {}): Result<LoadedActuals> {
  dealArgument('loadDealActuals', deal);
  if (typeof text !== 'string') throw invalidArgument('loadDealActuals', 'text', 'the text of an actuals file', text);
  // First reading, for the period: with the base agreement's fiscal year (which resolves "FY"
  // labels), or, when the actuals name something the base lacks, with none.
  const first = loadActuals(text, { ...options, contract: underDealId(deal, baseOf(deal)) });
  let start: IsoDate;
  if (first.ok) start = first.value.actuals.period.start;
  else {
    const bare = loadActuals(text, options);
    if (!bare.ok) return bare;
    start = bare.value.actuals.period.start;
  }
  return loadActuals(text, { ...options, contract: termsForPeriod(deal, start) });
}
