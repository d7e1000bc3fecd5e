import type { Contract } from '../contract/index.js';
import type { Period } from '../time/index.js';

/** How a period straddles the contract's term: the date inside it and which edge of the term it is. */
export interface TermStraddle {
  /** Which edge of the term falls inside the period: the effective date or the end of the term. */
  readonly edge: 'effective date' | 'end of the term';
  /** The date of that edge. */
  readonly date: string;
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
  const tail = 'part of its sales and costs fall outside the contract, yet its payments are computed on all of them';
  if (period.start < contract.effective) {
    return { edge: 'effective date', date: contract.effective, message: `${span} runs across the contract's effective date, ${contract.effective}: ${tail}.` };
  }
  if (period.end > contract.termEnd) {
    return { edge: 'end of the term', date: contract.termEnd, message: `${span} runs across the end of the contract's term, ${contract.termEnd}: ${tail}.` };
  }
  return undefined;
}
