import { defineRule } from '../../define-rule.js';
import { absent, judge } from '../../evaluation.js';

/** G1-AWD-001: how the contract was awarded, and any deviation from the statutory process, is recorded. */
export const awardProcess = defineRule({
  id: 'G1-AWD-001',
  principle: 'G1',
  severity: 'warning',
  critical: false,
  title: 'Award process documented',
  description: 'The contract records how it was awarded (`governance.award.process`) and lists any departures from the statutory process, such as fast-tracking (`deviations`, empty if none).',
  rationale: 'Direct awards and fast-tracked deals are where corruption risk concentrates; EITI 2023 asks for the rationale of any deviation.',
  references: [{ standard: 'EITI Standard 2023', provision: 'Requirement 2.2 (contract and licence allocations)', status: 'verified' }],
  messages: {
    missing: 'The contract does not record how it was awarded.',
  },
  evaluate(c) {
    return c.governance?.award ? judge([['governance', 'award']], []) : absent('missing', c.governance ? ['governance', 'award'] : ['governance']);
  },
  examples: {
    passing: `governance:
  award: { process: Competitive tender under the Balochistan Mineral Rules 2002, deviations: [] }
`,
    failing: `governance: {}          # award process not recorded
`,
  },
});
