import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

const CATEGORIES = ['unskilled', 'skilled', 'professional', 'senior-management'] as const;

/** P4-EMP-001: binding national-employment targets for every workforce category, ramping up. */
export const employmentTargetsByCategory = defineRule({
  id: 'P4-EMP-001',
  principle: 'P4',
  severity: 'error',
  critical: true,
  title: 'National-employment targets by workforce category',
  description:
    'Binding ("shall") employment commitments (`community.employment`) set dated targets for each workforce category (unskilled, skilled, professional and senior management), and each category\'s targets do not fall over time.',
  rationale:
    'A single headline share is easily met with drivers and guards while every engineer and manager is flown in. Targets by category, rising over time, are what move nationals into skilled and senior jobs.',
  references: [
    { standard: 'Tanzania Mining (Local Content) Regulations 2018', provision: '≥80% of senior management and 100% of non-managerial staff for indigenous companies', status: 'verified' },
    { standard: 'Ghana Minerals and Mining (Local Content and Local Participation) Regulations 2020 (LI 2431)', provision: 'localisation programme', status: 'verified' },
    { standard: 'Mongolia tripartite agreements, as reported', provision: '>90% Mongolian workers', status: 'verified' },
  ],
  messages: {
    missing: 'The contract sets no employment targets for host-country nationals.',
    discretionary: 'The employment commitment "{item}" is stated with "{modality}", so it does not bind.',
    'categories-missing': 'No binding employment target covers these workforce categories: {categories}.',
    decreasing: 'The employment targets of "{item}" fall over time, from {from} to {to}.',
  },
  evaluate(c) {
    const at = ['community', 'employment'];
    const all = (c.community?.employment ?? []).map((e, i) => ({ e, i }));
    if (all.length === 0) return absent('missing', at);
    const binding = all.filter(({ e }) => e.modality === 'shall');
    const covered = new Set(binding.map(({ e }) => e.category));
    const missing = CATEGORIES.filter((k) => !covered.has(k));
    return judge([at], [
      ...all.map(({ e, i }) => e.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, i, 'modality'], { item: e.id, modality: e.modality })),
      missing.length > 0 && shortfall(missing.length === CATEGORIES.length ? 'does-not-meet' : 'partially-meets', 'categories-missing', at, { categories: missing.join(', ') }),
      ...binding.map(({ e, i }) => {
        const targets = [...e.targets].sort((a, b) => (a.by < b.by ? -1 : a.by > b.by ? 1 : 0));
        const fall = targets.findIndex((t, k) => k > 0 && t.share.lt(targets[k - 1]!.share));
        return fall > 0 && shortfall('substantially-meets', 'decreasing', [...at, i, 'targets'], { item: e.id, from: `${targets[fall - 1]!.share.times(100).toString()}%`, to: `${targets[fall]!.share.times(100).toString()}%` });
      }),
    ]);
  },
  examples: {
    passing: `community:
  employment:
    - { id: unskilled, modality: shall, category: unskilled, scope: host-area, targets: [ { by: 2027-12-31, share: "60%" } ] }
    - { id: skilled, modality: shall, category: skilled, scope: national, targets: [ { by: 2028-12-31, share: "70%" }, { by: 2032-12-31, share: "90%" } ] }
    - { id: professional, modality: shall, category: professional, scope: national, targets: [ { by: 2029-12-31, share: "60%" } ] }
    - { id: management, modality: shall, category: senior-management, scope: national, targets: [ { by: 2030-12-31, share: "40%" } ] }
`,
    failing: `community:
  employment:
    - { id: hiring, modality: endeavour, category: all, scope: national, targets: [ { by: 2030-12-31, share: "30%" } ] }
`,
  },
});
