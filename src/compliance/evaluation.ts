// Small constructors for a rule's verdict, so that each rule reads as its check and nothing else.
import type { EvidencePath, Evaluation, RuleMessage } from './define-rule.js';
import { worseRating, type Rating } from './rating.js';

/** One thing a contract lacks for a rule, with the rating it deserves on its own. */
export interface Shortfall<M extends string> {
  /** The rating this shortfall alone would give. */
  readonly rating: Rating;
  /** What to tell the reader, and where. */
  readonly message: RuleMessage<M>;
}

/**
 * A shortfall: `rating` if it were the only one, with message `id` at `path`.
 *
 * @example
 * ```ts
 * shortfall('partially-meets', 'no-budget', ['exploration', 'jointProgramme'], { item: 'drilling' });
 * ```
 */
export function shortfall<M extends string>(rating: Rating, id: M, path: EvidencePath, args?: RuleMessage['args']): Shortfall<M> {
  return { rating, message: args === undefined ? { id, path, rating } : { id, path, args, rating } };
}

/**
 * The verdict from a list of shortfalls: fully meets when there is none, else the worst rating
 * among them, with every shortfall's message. `false` and `undefined` entries are skipped, so a
 * rule can write `cond && shortfall(...)`.
 *
 * @example
 * ```ts
 * judge([['environment', 'water']], [!water.baseline && shortfall('partially-meets', 'no-baseline', ['environment', 'water'])]);
 * ```
 */
export function judge<M extends string>(evidence: readonly EvidencePath[], shortfalls: readonly (Shortfall<M> | false | undefined)[]): Evaluation<M> {
  let rating: Rating = 'fully-meets';
  const messages: RuleMessage<M>[] = [];
  for (const s of shortfalls) {
    if (!s) continue;
    rating = worseRating(rating, s.rating);
    messages.push(s.message);
  }
  return { rating, evidence, messages };
}

/**
 * The verdict for a missing element: does not meet, pointing at where it belongs.
 *
 * @example
 * ```ts
 * absent('missing', ['exploration', 'jointProgramme']);
 * ```
 */
export function absent<M extends string>(id: M, path: EvidencePath, args?: RuleMessage['args']): Evaluation<M> {
  const rating = 'does-not-meet';
  return { rating, evidence: [path], messages: [args === undefined ? { id, path, rating } : { id, path, args, rating }] };
}

/**
 * The verdict when the contract lacks a fact the rule needs (e.g. a production start date).
 *
 * @example
 * ```ts
 * insufficientData('no-production-start', ['milestones']);
 * ```
 */
export function insufficientData<M extends string>(id: M, path: EvidencePath, args?: RuleMessage['args']): Evaluation<M> {
  const rating = 'insufficient-data';
  return { rating, evidence: [path], messages: [args === undefined ? { id, path, rating } : { id, path, args, rating }] };
}
