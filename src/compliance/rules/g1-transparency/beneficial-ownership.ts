import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** G1-BO-001: the natural persons who own the investor are disclosed. */
export const beneficialOwnership = defineRule({
  id: 'G1-BO-001',
  principle: 'G1',
  severity: 'error',
  critical: true,
  title: 'Beneficial owners of the investor disclosed',
  description:
    'For every investor party, the contract discloses at least one beneficial owner (`governance.beneficialOwners`): a natural person, with the share owned or controlled and whether the person is politically exposed.',
  rationale: 'Anonymous owners hide conflicts of interest: an official who owns part of the investor sits on both sides of the deal.',
  references: [{ standard: 'EITI Standard 2023', provision: 'Requirement 2.5 (beneficial ownership)', status: 'verified' }],
  messages: {
    missing: 'The contract discloses no beneficial owners.',
    undisclosed: 'The beneficial owners of the investor "{party}" are not disclosed.',
  },
  evaluate(c) {
    const at = ['governance', 'beneficialOwners'];
    const owners = c.governance?.beneficialOwners ?? [];
    if (owners.length === 0) return absent('missing', c.governance ? at : ['governance']);
    const investors = c.parties.map((p, i) => ({ p, i })).filter(({ p }) => p.role === 'investor');
    return judge([at], investors.map(({ p, i }) => !owners.some((o) => o.of === p.id) && shortfall('partially-meets', 'undisclosed', ['parties', i], { party: p.id })));
  },
  examples: {
    passing: `governance:
  beneficialOwners:
    - { of: investor, name: A. Example, share: "30%", politicallyExposed: false }
`,
    failing: `governance:
  beneficialOwners: []
`,
  },
});
