import { z } from 'zod';
import { addYears } from '../../../time/index.js';
import { defineRule } from '../../define-rule.js';
import { absent, insufficientData, judge, shortfall } from '../../evaluation.js';
import { rateValue, threshold } from '../../thresholds.js';

/** P4-EMP-002: nationals make up at least the benchmark share of the workforce within a few years of production. */
export const nationalWorkforceShare = defineRule({
  id: 'P4-EMP-002',
  principle: 'P4',
  severity: 'warning',
  critical: false,
  title: 'National share of the whole workforce at benchmark',
  description:
    'A binding ("shall") employment commitment for the whole workforce (category `all`, not counting women only) reaches at least `minimumShare` by `yearsAfterProductionStart` years after `milestones.productionStart`.',
  rationale: 'Where the benchmark is met elsewhere (over 90% in Mongolia\'s agreements, 98% observed in Tanzania), a lower target leaves jobs abroad that nationals could fill.',
  references: [
    { standard: 'Mongolia tripartite agreements, as reported (news.mn)', provision: '>90% of workers Mongolian during mining', status: 'verified' },
    { standard: 'UNU-WIDER Tanzania case study', provision: '98% national workforce observed', status: 'verified' },
  ],
  options: {
    minimumShare: threshold(rateValue(), {
      default: '90%',
      description: 'Least share of nationals in the whole workforce.',
      source: 'rules.md P4-EMP-002: 90% from the Mongolian agreements [V]; adopted as our default [S]',
      verified: true,
    }),
    yearsAfterProductionStart: threshold(z.int().min(0), {
      default: 5,
      description: 'Years after the start of production by which the share is reached.',
      source: 'rules.md P4-EMP-002: by production year 5 [S]',
      verified: false,
    }),
  },
  messages: {
    'no-production-start': 'The contract gives no production start date, so the workforce target date cannot be checked.',
    missing: 'No binding target for the national share of the whole workforce falls within {years} years of the start of production.',
    'missing-later': 'No binding target for the national share of the whole workforce falls within {years} years of the start of production (by {deadline}); the contract\'s own first target, {later} by {laterBy}, comes after that.',
    short: 'The national share of the workforce reaches {share} by {by}; at least {minimum} is expected by {deadline}.',
    'short-later': 'The national share of the workforce reaches {share} by {by}; at least {minimum} is expected by {deadline}. The contract\'s own later target, {later} by {laterBy}, comes after that date.',
  },
  evaluate(c, o) {
    const at = ['community', 'employment'];
    const start = c.milestones.productionStart;
    if (start === undefined) return insufficientData('no-production-start', ['milestones']);
    const deadline = addYears(start, o.yearsAfterProductionStart);
    const binding = (c.community?.employment ?? []).flatMap((e, i) => (e.modality === 'shall' && e.category === 'all' && !e.women ? e.targets.map((t, k) => ({ t, path: [...at, i, 'targets', k] })) : []));
    const targets = binding.filter(({ t }) => t.by <= deadline);
    const pct = (d: { times(n: number): { toString(): string } }) => `${d.times(100).toString()}%`;
    // The contract's own later target (after the benchmark's date) is named in the message, so the
    // reader sees what the contract does commit to: the highest one, the earliest if tied.
    const afterDeadline = binding.filter(({ t }) => t.by > deadline);
    const later = afterDeadline.length === 0 ? undefined : afterDeadline.reduce((a, b) => (b.t.share.gt(a.t.share) || (b.t.share.eq(a.t.share) && b.t.by < a.t.by) ? b : a));
    if (targets.length === 0) {
      return later === undefined ? absent('missing', at, { years: o.yearsAfterProductionStart }) : absent('missing-later', at, { years: o.yearsAfterProductionStart, deadline, later: pct(later.t.share), laterBy: later.t.by });
    }
    const best = targets.reduce((a, b) => (b.t.share.gt(a.t.share) || (b.t.share.eq(a.t.share) && b.t.by < a.t.by) ? b : a));
    const args = { share: pct(best.t.share), by: best.t.by, minimum: pct(o.minimumShare), deadline };
    const laterHigher = later !== undefined && later.t.share.gt(best.t.share) ? later : undefined;
    return judge([best.path], [
      best.t.share.lt(o.minimumShare) &&
        shortfall(
          best.t.share.gte(o.minimumShare.times('0.9')) ? 'substantially-meets' : 'partially-meets',
          laterHigher ? 'short-later' : 'short',
          [...best.path, 'share'],
          laterHigher ? { ...args, later: pct(laterHigher.t.share), laterBy: laterHigher.t.by } : args,
        ),
    ]);
  },
  examples: {
    passing: `community:
  employment:
    - { id: national-hiring, modality: shall, category: all, scope: national, targets: [ { by: 2027-12-31, share: "80%" }, { by: 2031-12-31, share: "90%" } ] }
`,
    failing: `community:
  employment:
    - { id: national-hiring, modality: shall, category: all, scope: national, targets: [ { by: 2031-12-31, share: "50%" } ] }
`,
  },
});
