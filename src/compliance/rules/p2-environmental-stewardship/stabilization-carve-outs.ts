import { defineRule } from '../../define-rule.js';
import { judge, shortfall } from '../../evaluation.js';

const CARVE_OUTS = ['environment', 'health-safety', 'human-rights', 'labour'] as const;

/** P2-STB-001: a stabilization clause does not freeze environmental and social law. */
export const stabilizationCarveOuts = defineRule({
  id: 'P2-STB-001',
  principle: 'P2',
  severity: 'warning',
  critical: false,
  title: 'Stabilization does not freeze environmental and social law',
  description:
    'Where the contract has a stabilization clause (`governance.stabilization`), it excludes environmental, health and safety, human-rights and labour law (`excludes`), so that new law in those areas applies to the project.',
  appliesWhen: 'the contract has a stabilization clause',
  rationale: 'A clause that freezes environmental and labour law for 25 years lets a project ignore every later protection, or makes the state pay compensation for applying it.',
  references: [{ standard: 'UN Guiding Principles for Responsible Contracts (2015)', provision: 'principle 4 (stabilization clauses)', status: 'recalled' }],
  messages: {
    frozen: 'The stabilization clause does not exclude {areas} law, so new law there may not apply to the project.',
  },
  applies: (c) => c.governance?.stabilization !== undefined,
  evaluate(c) {
    const at = ['governance', 'stabilization'];
    const excluded = new Set(c.governance!.stabilization!.excludes);
    const frozen = CARVE_OUTS.filter((a) => !excluded.has(a));
    return judge([at], [frozen.length > 0 && shortfall(frozen.length === CARVE_OUTS.length ? 'does-not-meet' : 'partially-meets', 'frozen', [...at, 'excludes'], { areas: frozen.join(', ') })]);
  },
  examples: {
    passing: `governance:
  stabilization: { id: stabilization, scope: [fiscal-terms], excludes: [environment, health-safety, human-rights, labour] }
`,
    failing: `governance:
  stabilization: { id: stabilization, scope: [fiscal-terms, environmental-law], excludes: [] }
`,
  },
});
