import { defineRule } from '../../define-rule.js';
import { absent, judge } from '../../evaluation.js';

/** G1-SDT-001: the project reports under the EITI, so its data goes into the Summary Data Template. */
export const eitiReporting = defineRule({
  id: 'G1-SDT-001',
  principle: 'G1',
  severity: 'info',
  critical: false,
  title: 'Project reports under the EITI (Summary Data Template)',
  description:
    'The contract commits the project to EITI reporting (`governance.disclosure.eiti`), so its payments are published in the Summary Data Template (Parts 3 to 5). Whether fairlode\'s own export of the contract matches the template\'s columns is checked by the export\'s tests, not by this rule.',
  rationale: 'Machine-readable EITI data lets anyone compare this project\'s payments with others\'; reporting under the EITI is the commitment that produces it.',
  references: [{ standard: 'EITI Summary Data Template v2 (2019)', provision: 'Parts 3–5', status: 'verified' }],
  messages: {
    'not-eiti': 'The project does not report under the EITI.',
  },
  evaluate(c) {
    const at = ['governance', 'disclosure'];
    return c.governance?.disclosure?.eiti ? judge([[...at, 'eiti']], []) : absent('not-eiti', c.governance?.disclosure ? [...at, 'eiti'] : c.governance ? at : ['governance']);
  },
  examples: {
    passing: `governance:
  disclosure: { id: disclosure, contractPublished: true, annexes: true, amendments: true, eiti: true }
`,
    failing: `governance:
  disclosure: { id: disclosure, contractPublished: true, annexes: true, amendments: true, eiti: false }
`,
  },
});
