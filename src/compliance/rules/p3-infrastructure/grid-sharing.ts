import { defineRule } from '../../define-rule.js';
import { judge, shortfall } from '../../evaluation.js';

/** P3-ENE-001: surplus power from the project's plant is shared with the local grid. */
export const gridSharing = defineRule({
  id: 'P3-ENE-001',
  principle: 'P3',
  severity: 'info',
  critical: false,
  title: 'Surplus power shared with the local grid',
  description: 'Every power item (`infrastructure`, kind `power`) shares its surplus with the local grid (`gridSharing`).',
  appliesWhen: 'the contract has a power item',
  rationale: 'A mine\'s power plant is often the largest in the region; selling its surplus to the grid brings electricity to towns that had none.',
  references: [{ standard: 'rules.md P3-ENE-001', provision: 'surplus-power sharing', status: 'our-default' }],
  messages: {
    'no-sharing': 'The power plant "{item}" does not share its surplus with the local grid.',
  },
  applies: (c) => c.infrastructure.some((x) => x.kind === 'power'),
  evaluate(c) {
    return judge([['infrastructure']], c.infrastructure.map((x, i) =>
      x.kind === 'power' && x.gridSharing !== true && shortfall('does-not-meet', 'no-sharing', ['infrastructure', i], { item: x.id }),
    ));
  },
  examples: {
    passing: `infrastructure:
  - { id: power, modality: shall, kind: power, description: 150 MW solar-hybrid plant, capex: "210000000 USD", by: 2029-06-30, thirdPartyAccess: true, accessTerms: regulated, gridSharing: true }
`,
    failing: `infrastructure:
  - { id: power, modality: shall, kind: power, description: Captive diesel plant, capex: "40000000 USD", by: 2027-06-30, thirdPartyAccess: false }
`,
  },
});
