import { defineRule } from '../../define-rule.js';
import { judge, shortfall } from '../../evaluation.js';

const PUBLIC_OWNERS = new Set(['state', 'public-utility', 'community']);

/** P3-INF-004: infrastructure passes to the state, a public utility or the community at the end of the term. */
export const ownershipAtEnd = defineRule({
  id: 'P3-INF-004',
  principle: 'P3',
  severity: 'warning',
  critical: false,
  title: 'Infrastructure transferred at the end of the term',
  description: 'Every infrastructure item states who owns it at the end of the term (`ownershipAtEnd`), and that owner is the state, a public utility or the community, not the company.',
  appliesWhen: 'the contract has infrastructure items',
  rationale: 'Roads and power plants outlive the mine. If the company keeps them, the region loses them when the mine closes.',
  references: [{ standard: 'rules.md P3-INF-004', provision: 'transfer at end of term', status: 'our-default' }],
  messages: {
    'company-keeps': 'The company keeps the {kind} "{item}" at the end of the term.',
    unstated: 'The contract does not say who owns the {kind} "{item}" at the end of the term.',
  },
  applies: (c) => c.infrastructure.length > 0,
  evaluate(c) {
    const kept = c.infrastructure.filter((x) => x.ownershipAtEnd === 'company').length;
    return judge([['infrastructure']], c.infrastructure.map((x, i) => {
      const args = { kind: x.kind, item: x.id };
      if (x.ownershipAtEnd === undefined) return shortfall('partially-meets', 'unstated', ['infrastructure', i], args);
      return !PUBLIC_OWNERS.has(x.ownershipAtEnd) && shortfall(kept === c.infrastructure.length ? 'does-not-meet' : 'partially-meets', 'company-keeps', ['infrastructure', i, 'ownershipAtEnd'], args);
    }));
  },
  examples: {
    passing: `infrastructure:
  - { id: road, modality: shall, kind: road, description: Mine to Dalbandin, capex: "85000000 USD", by: 2028-12-31, thirdPartyAccess: true, accessTerms: non-discriminatory, ownershipAtEnd: state }
`,
    failing: `infrastructure:
  - { id: road, modality: shall, kind: road, description: Haul road, capex: "5000000 USD", by: 2027-12-31, thirdPartyAccess: false, ownershipAtEnd: company }
`,
  },
});
