import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** G1-DIS-001: the full contract, with annexes and every amendment, is published. */
export const contractPublication = defineRule({
  id: 'G1-DIS-001',
  principle: 'G1',
  severity: 'error',
  critical: true,
  title: 'Full contract published, with annexes and amendments',
  description: 'The parties consent to and require publication of the full contract (`governance.disclosure.contractPublished`), its annexes (`annexes`) and every amendment (`amendments`).',
  rationale: 'EITI requires the contracts and licences granted, entered into or amended from 1 January 2021 to be published in full. A contract published without its annexes, where the fiscal terms often sit, is not published.',
  references: [{ standard: 'EITI Standard 2023', provision: 'Requirement 2.4 (contracts), including annexes and amendments', status: 'verified' }],
  messages: {
    missing: 'The contract does not provide for its own publication.',
    unpublished: 'The contract is not published.',
    'no-annexes': 'The contract is published without its annexes.',
    'no-amendments': 'Amendments to the contract are not published.',
  },
  evaluate(c) {
    const at = ['governance', 'disclosure'];
    const d = c.governance?.disclosure;
    if (!d) return absent('missing', c.governance ? at : ['governance']);
    if (!d.contractPublished) return absent('unpublished', [...at, 'contractPublished']);
    return judge([at], [!d.annexes && shortfall('partially-meets', 'no-annexes', [...at, 'annexes']), !d.amendments && shortfall('partially-meets', 'no-amendments', [...at, 'amendments'])]);
  },
  examples: {
    passing: `governance:
  disclosure: { id: disclosure, contractPublished: true, annexes: true, amendments: true, eiti: true }
`,
    failing: `governance:
  disclosure: { id: disclosure, contractPublished: false, annexes: false, amendments: false, eiti: true }
`,
  },
});
