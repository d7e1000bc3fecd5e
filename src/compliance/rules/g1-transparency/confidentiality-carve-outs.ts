import { defineRule } from '../../define-rule.js';
import { judge, shortfall } from '../../evaluation.js';

const REQUIRED = ['contract-text', 'payments', 'eiti'] as const;

/** G1-CNF-001: confidentiality does not prevent publication of the contract, payments or EITI reporting. */
export const confidentialityCarveOuts = defineRule({
  id: 'G1-CNF-001',
  principle: 'G1',
  severity: 'error',
  critical: true,
  title: 'Confidentiality carves out contract, payment and EITI disclosure',
  description:
    'Where the contract has a confidentiality clause (`governance.confidentiality`), it carves out (`carveOuts`) the contract text, payment data and EITI reporting. A carve-out only for what the law requires partially meets the rule.',
  appliesWhen: 'the contract has a confidentiality clause',
  rationale: 'Broad confidentiality clauses are the most common legal barrier to EITI disclosure; the EITI Board has asked that they be narrowed.',
  references: [{ standard: 'EITI Board decision 2020-69', provision: 'confidentiality barriers to contract transparency', status: 'verified' }],
  messages: {
    'not-carved-out': 'The confidentiality clause does not carve out: {items}.',
  },
  applies: (c) => c.governance?.confidentiality !== undefined,
  evaluate(c) {
    const at = ['governance', 'confidentiality'];
    const carved = new Set(c.governance!.confidentiality!.carveOuts);
    const missing = REQUIRED.filter((x) => !carved.has(x));
    const rating = missing.length < REQUIRED.length || carved.has('law') ? 'partially-meets' : 'does-not-meet';
    return judge([at], [missing.length > 0 && shortfall(rating, 'not-carved-out', [...at, 'carveOuts'], { items: missing.join(', ') })]);
  },
  examples: {
    passing: `governance:
  confidentiality: { id: confidentiality, carveOuts: [contract-text, payments, eiti, law] }
`,
    failing: `governance:
  confidentiality: { id: confidentiality, carveOuts: [] }
`,
  },
});
