import { z } from 'zod';
import { defineRule } from '../../define-rule.js';
import { isUnknownAt } from '../../../contract/unknown-terms.js';
import { judge, shortfall } from '../../evaluation.js';
import { threshold } from '../../thresholds.js';

/** F1-TRM-001: the terms are not locked in for longer than a generation without review. */
export const termAndRenewal = defineRule({
  id: 'F1-TRM-001',
  principle: 'F1',
  severity: 'warning',
  critical: false,
  title: 'Term and renewal open to review',
  description:
    'The term (`term.years`) plus any renewals the investor may take on the same terms (`term.renewal` with `onSameTerms: true`) locks the terms in for at most `maxLockedYears`; a renewal on the same terms, as of right, is itself a shortfall. Where the life of the mine is stated (`term.mineLife`), a term shorter than it with no renewal leaves the end of the mine unprovided for.',
  rationale:
    'A mine outlives governments, prices and technologies. A contract whose renewal is the investor\'s right on unchanged terms keeps today\'s bargain for forty years or more; one whose term ends well before the mine does invites a renegotiation under pressure. Durable contracts provide for review at renewal.',
  references: [
    { standard: 'OECD Guiding Principles for Durable Extractive Contracts (2019)', provision: 'on the duration and review of contracts', status: 'recalled' },
    { standard: 'IBA Model Mine Development Agreement (2011)', provision: 'term and renewal', status: 'recalled' },
  ],
  options: {
    maxLockedYears: threshold(z.int().min(1).max(150), {
      default: 30,
      description: 'The longest period, in years, for which the terms may be fixed without a review or renegotiation.',
      source: 'Our default: about one generation, and the common length of a mining lease term [S]',
      verified: false,
    }),
  },
  messages: {
    'same-terms': 'The investor may renew the term for {years} years on the same terms, as of right: the state cannot review them at renewal.',
    'locked-in': 'The terms are fixed for up to {years} years without a review, more than {max}.',
    'short-of-mine': 'The term of {years} years ends before the {life}-year life of the mine, and the contract provides no renewal.',
    'renewal-unknown': 'Whether, and on what terms, the term may be renewed is not known.',
    'mine-life-unknown': 'The life of the mine is not known, so whether the term covers it cannot be judged.',
  },
  evaluate(c, o) {
    const at = ['term'];
    const t = c.term;
    const renewal = t.renewal;
    const sameTerms = renewal?.onSameTerms === true;
    const locked = t.years + (sameTerms ? renewal!.years * (renewal!.times ?? 1) : 0);
    const unknown = (path: readonly (string | number)[]) => isUnknownAt(c, path);
    // A renewal, or its terms, written { unknown: … }: the locked-in period cannot be known.
    const renewalUnknown = (renewal === undefined && unknown([...at, 'renewal'])) || (renewal !== undefined && renewal.onSameTerms === undefined);
    return judge([at], [
      renewalUnknown && shortfall('insufficient-data', 'renewal-unknown', renewal === undefined ? [...at, 'renewal'] : [...at, 'renewal', 'onSameTerms']),
      !renewalUnknown && renewal === undefined && t.mineLife === undefined && unknown([...at, 'mineLife']) && shortfall('insufficient-data', 'mine-life-unknown', [...at, 'mineLife']),
      sameTerms && shortfall('partially-meets', 'same-terms', [...at, 'renewal'], { years: renewal!.years * (renewal!.times ?? 1) }),
      locked > o.maxLockedYears && shortfall('partially-meets', 'locked-in', [...at, 'years'], { years: locked, max: o.maxLockedYears }),
      t.mineLife !== undefined && renewal === undefined && !renewalUnknown && t.years < t.mineLife && shortfall('substantially-meets', 'short-of-mine', [...at, 'years'], { years: t.years, life: t.mineLife }),
    ]);
  },
  examples: {
    passing: `term: { years: 25, renewal: { years: 10, onSameTerms: false }, mineLife: 30 }
`,
    failing: `term: { years: 20, renewal: { years: 20, times: 1, onSameTerms: true }, mineLife: 40 }
`,
  },
});
