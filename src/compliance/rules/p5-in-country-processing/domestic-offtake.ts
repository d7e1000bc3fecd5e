import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P5-PRO-003: domestic processors get supply at arm's-length prices. */
export const domesticOfftake = defineRule({
  id: 'P5-PRO-003',
  principle: 'P5',
  severity: 'info',
  critical: false,
  title: 'Priority supply to domestic processors at arm\'s-length prices',
  description: 'The contract obliges ("shall") the company to supply processors in the host country (`processing.domesticOfftake`), at arm\'s-length prices (`armsLength`).',
  rationale: 'A domestic refinery needs feed. Supply at market prices, neither dumped nor withheld, lets processing grow without subsidising or starving it.',
  references: [
    { standard: 'Kenya Mining Act 2016', provision: 'definition of arm\'s-length value', status: 'verified' },
    { standard: 'ResourceContracts.org annotation categories', provision: '"Restrictions on transactions with affiliated parties"', status: 'verified' },
  ],
  messages: {
    missing: 'The contract gives processors in the host country no priority supply.',
    discretionary: 'Supply to domestic processors is stated with "{modality}", so it does not bind.',
    'not-arms-length': 'Supply to domestic processors is not at arm\'s-length prices.',
  },
  evaluate(c) {
    const at = ['processing', 'domesticOfftake'];
    const d = c.processing?.domesticOfftake;
    if (!d) return absent('missing', c.processing ? at : ['processing']);
    return judge([at], [
      d.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, 'modality'], { modality: d.modality }),
      !d.armsLength && shortfall('partially-meets', 'not-arms-length', [...at, 'armsLength']),
    ]);
  },
  examples: {
    passing: `processing:
  domesticOfftake: { id: domestic-offtake, modality: shall, armsLength: true }
`,
    failing: `processing:
  domesticOfftake: { id: domestic-offtake, modality: may, armsLength: false }
`,
  },
});
