import { defineRule } from '../../define-rule.js';
import { judge, shortfall } from '../../evaluation.js';

const SHAREABLE = new Set(['road', 'rail', 'port', 'power', 'water']);
const FAIR_TERMS = new Set(['regulated', 'cost-based', 'non-discriminatory']);

/** P3-INF-002: roads, rail, ports, power and water are open to others on fair terms. */
export const sharedUse = defineRule({
  id: 'P3-INF-002',
  principle: 'P3',
  severity: 'error',
  critical: false,
  title: 'Third-party use on non-discriminatory terms',
  description:
    'Every road, rail line, port, power or water item (`infrastructure`) may be used by others (`thirdPartyAccess`) on regulated, cost-based or non-discriminatory terms (`accessTerms`).',
  appliesWhen: 'the contract has a road, rail, port, power or water item',
  rationale: 'A railway or port that only the mine may use is an enclave. Open access on fair terms lets farmers, towns and other producers use what was built.',
  references: [
    { standard: 'ResourceContracts.org annotation categories', provision: '"Infrastructure – third party use"', status: 'verified' },
    { standard: 'IGF Mining Policy Framework', provision: 'horizontal linkages', status: 'verified' },
  ],
  messages: {
    closed: 'Others may not use the {kind} "{item}".',
    'negotiated-terms': 'Others may use the {kind} "{item}" only on terms negotiated case by case.',
    'no-terms': 'The contract does not say on what terms others may use the {kind} "{item}".',
  },
  applies: (c) => c.infrastructure.some((x) => SHAREABLE.has(x.kind)),
  evaluate(c) {
    const items = c.infrastructure.map((x, i) => ({ x, i })).filter(({ x }) => SHAREABLE.has(x.kind));
    const closed = items.filter(({ x }) => !x.thirdPartyAccess).length;
    return judge([['infrastructure']], items.map(({ x, i }) => {
      const args = { kind: x.kind, item: x.id };
      if (!x.thirdPartyAccess) return shortfall(closed === items.length ? 'does-not-meet' : 'partially-meets', 'closed', ['infrastructure', i, 'thirdPartyAccess'], args);
      if (x.accessTerms === undefined) return shortfall('partially-meets', 'no-terms', ['infrastructure', i, 'thirdPartyAccess'], args);
      return !FAIR_TERMS.has(x.accessTerms) && shortfall('substantially-meets', 'negotiated-terms', ['infrastructure', i, 'accessTerms'], args);
    }));
  },
  examples: {
    passing: `infrastructure:
  - { id: power, modality: shall, kind: power, description: 150 MW plant, capex: "210000000 USD", by: 2029-06-30, thirdPartyAccess: true, accessTerms: regulated }
`,
    failing: `infrastructure:
  - { id: port, modality: shall, kind: port, description: Export terminal, capex: "250000000 USD", by: 2028-06-30, thirdPartyAccess: false }
`,
  },
});
