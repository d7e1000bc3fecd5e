import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P4-PRC-001: local suppliers are preferred, with quantitative targets. */
export const localProcurement = defineRule({
  id: 'P4-PRC-001',
  principle: 'P4',
  severity: 'error',
  critical: false,
  title: 'Local procurement preference and targets',
  description:
    'A binding ("shall") procurement commitment (`community.procurement`) gives local suppliers first preference or a price margin, and sets dated targets for the share of spending that goes to them.',
  rationale: 'A mine spends more on goods and services than on wages. A preference rule without targets is rarely applied; targets without a preference rule are hard to meet.',
  references: [
    { standard: 'Model Mine Development Agreement (MMDA) 2.0', provision: '21.0 (first preference at comparable quality, delivery and price)', status: 'verified' },
    { standard: 'UNU-WIDER Tanzania case study', provision: 'local procurement 85% → 87% (2018–2020)', status: 'verified' },
  ],
  messages: {
    missing: 'The contract has no local-procurement commitment.',
    discretionary: 'The procurement commitment is stated with "{modality}", so it does not bind.',
    'no-preference': 'Local suppliers get no preference in tenders.',
    'no-targets': 'The procurement commitment sets no targets for local spending.',
  },
  evaluate(c) {
    const at = ['community', 'procurement'];
    const p = c.community?.procurement;
    if (!p) return absent('missing', at);
    return judge([at], [
      p.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, 'modality'], { modality: p.modality }),
      p.preference === 'none' && shortfall('partially-meets', 'no-preference', [...at, 'preference']),
      p.targets.length === 0 && shortfall('partially-meets', 'no-targets', at),
    ]);
  },
  examples: {
    passing: `community:
  procurement: { id: procurement, modality: shall, preference: first-preference, targets: [ { by: 2028-12-31, share: "40%" } ] }
`,
    failing: `community:
  procurement: { id: procurement, modality: shall, preference: none }
`,
  },
});
