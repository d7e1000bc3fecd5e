/**
 * How well a contract meets one rule, in the IRMA rating vocabulary, and what each rating scores.
 */

/**
 * A rule's verdict on a contract:
 * - `fully-meets`: every condition holds and every threshold is met;
 * - `substantially-meets`: present, with only a non-core attribute missing or a threshold slightly short;
 * - `partially-meets`: present, but a core attribute is missing;
 * - `does-not-meet`: absent, or contradicted (e.g. discretionary language);
 * - `insufficient-data`: the contract lacks a fact the rule needs to decide.
 */
export type Rating = 'fully-meets' | 'substantially-meets' | 'partially-meets' | 'does-not-meet' | 'insufficient-data';

/** The ratings from best to worst. */
export const RATINGS: readonly Rating[] = ['fully-meets', 'substantially-meets', 'partially-meets', 'does-not-meet', 'insufficient-data'];

/**
 * The points a rating earns, in hundredths (1.00, 0.75, 0.40, 0.00), so that scores are sums of
 * integers and come out the same whatever order the rules run in. Insufficient data earns nothing;
 * whether it counts at all is the scorecard's decision.
 *
 * @example
 * ```ts
 * RATING_POINTS['substantially-meets']; // 75
 * ```
 */
export const RATING_POINTS: Readonly<Record<Rating, number>> = {
  'fully-meets': 100,
  'substantially-meets': 75,
  'partially-meets': 40,
  'does-not-meet': 0,
  'insufficient-data': 0,
};

/**
 * Whether `rating` is at least as good as `bar` (insufficient data is below every bar).
 *
 * @example
 * ```ts
 * ratingAtLeast('fully-meets', 'substantially-meets'); // true
 * ```
 */
export function ratingAtLeast(rating: Rating, bar: Rating): boolean {
  return RATINGS.indexOf(rating) <= RATINGS.indexOf(bar);
}

/**
 * The worse of two ratings: a rule that finds several shortfalls is rated by the worst.
 *
 * @example
 * ```ts
 * worseRating('fully-meets', 'partially-meets'); // 'partially-meets'
 * ```
 */
export function worseRating(a: Rating, b: Rating): Rating {
  return RATINGS.indexOf(a) >= RATINGS.indexOf(b) ? a : b;
}
