import type { Actuals, Contract } from '../contract/index.js';
import { addDays, daysBetween, type Period } from '../time/index.js';
import { prorationNote, splitActuals } from './period-proration.js';

/** How a period straddles the contract's term: the date inside it and which edge of the term it is. */
export interface TermStraddle {
  /** Which edge of the term falls inside the period: the effective date or the end of the term. */
  readonly edge: 'effective date' | 'end of the term';
  /** The date of that edge. */
  readonly date: string;
  /** What is so of the period, without saying how it is computed: "The period … runs across …: part of its sales and costs fall outside the contract". */
  readonly fact: string;
  /** The message a diagnostic gives, naming the period, the date and the edge. */
  readonly message: string;
}

/**
 * Whether a period runs across the contract's effective date (starts before it, ends on or after
 * it) or across the end of its term (starts on or before it, ends after it): part of the period's
 * sales and costs then fall outside the contract, and computing the period's payments on all of
 * them would tax what the contract does not cover. Undefined when the period lies wholly inside
 * the term (or wholly outside it, which `payout/outside-term` reports).
 *
 * @example
 * ```ts
 * termStraddle(chagai, fy2026)?.message;
 * // 'The period FY2026 (2025-07-01 to 2026-06-30) runs across the contract's effective date, 2026-01-01: …'
 * ```
 */
export function termStraddle(contract: Contract, period: Period): TermStraddle | undefined {
  if (period.end < contract.effective || period.start > contract.termEnd) return undefined;
  const span = `The period ${period.label} (${period.start} to ${period.end})`;
  const outside = 'part of its sales and costs fall outside the contract';
  const straddle = (edge: TermStraddle['edge'], date: string, where: string): TermStraddle => {
    const fact = `${span} runs across ${where}, ${date}: ${outside}`;
    return { edge, date, fact, message: `${fact}, yet its payments are computed on all of them.` };
  };
  if (period.start < contract.effective) return straddle('effective date', contract.effective, "the contract's effective date");
  if (period.end > contract.termEnd) return straddle('end of the term', contract.termEnd, "the end of the contract's term");
  return undefined;
}

/**
 * The part of a period's actuals inside the contract's term, for a contract that says
 * `term.partialPeriods: pro-rata`: the period narrowed to its days inside the term, every flow
 * scaled by days inside ÷ days in the period (see {@link splitActuals}), and the note its statement
 * carries. Undefined when the period lies wholly inside the term.
 *
 * @example
 * ```ts
 * // A contract effective 2026-02-15 and its actuals for 2026-Q1 (90 days): 45 days inside.
 * actualsInsideTerm(contract, q1)?.note; // '2026-Q1 was computed on 45 of its 90 days (2026-02-15 to 2026-03-31), …'
 * ```
 */
export function actualsInsideTerm(contract: Contract, actuals: Actuals): { actuals: Actuals; note: string } | undefined {
  if (termStraddle(contract, actuals.period) === undefined) return undefined;
  const p = actuals.period;
  const of = daysBetween(p.start, p.end) + 1;
  const why: string[] = [];
  let part = actuals;
  if (p.start < contract.effective) {
    part = splitActuals(part, contract.effective, contract.rounding.mode)[1].actuals;
    why.push(`the contract takes effect on ${contract.effective}`);
  }
  if (p.end > contract.termEnd) {
    part = splitActuals(part, addDays(contract.termEnd, 1), contract.rounding.mode)[0].actuals;
    why.push(`the contract's term ends on ${contract.termEnd}`);
  }
  const days = daysBetween(part.period.start, part.period.end) + 1;
  return { actuals: part, note: prorationNote({ actuals: part, days, of }, `${why.join(' and ')} (term.partialPeriods: pro-rata)`) };
}
