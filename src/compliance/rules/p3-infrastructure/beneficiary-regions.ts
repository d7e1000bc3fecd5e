import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P3-INF-003: infrastructure serves named regions beyond the mine fence. */
export const beneficiaryRegions = defineRule({
  id: 'P3-INF-003',
  principle: 'P3',
  severity: 'warning',
  critical: false,
  title: 'Named beneficiary regions beyond the mine',
  description: 'At least one infrastructure item serves more than the mine (`mineOnly` is false) and names the regions or communities it serves (`beneficiaryRegions`).',
  rationale: 'The principle asks for infrastructure that lifts the surrounding regions; naming them makes the promise checkable.',
  references: [{ standard: 'Partnership article (2025)', provision: 'principle 3: "not only in mining zones but also in the surrounding regions"', status: 'verified' }],
  messages: {
    missing: 'The contract has no infrastructure to serve the surrounding regions.',
    'mine-only': 'Every infrastructure item serves the mine alone.',
    unnamed: 'No infrastructure item names the regions or communities it serves.',
  },
  evaluate(c) {
    const at = ['infrastructure'];
    if (c.infrastructure.length === 0) return absent('missing', at);
    const shared = c.infrastructure.findIndex((x) => !x.mineOnly && x.beneficiaryRegions.length > 0);
    if (shared >= 0) return judge([[...at, shared, 'beneficiaryRegions']], []);
    const open = c.infrastructure.findIndex((x) => !x.mineOnly);
    return judge([at], [open < 0 ? shortfall('does-not-meet', 'mine-only', [...at, 0, 'mineOnly']) : shortfall('partially-meets', 'unnamed', [...at, open])]);
  },
  examples: {
    passing: `infrastructure:
  - { id: water, modality: shall, kind: water, description: Desalination for the mine and three towns, capex: "60000000 USD", by: 2029-12-31, thirdPartyAccess: true, accessTerms: cost-based, beneficiaryRegions: [Dalbandin, Nokkundi, Taftan] }
`,
    failing: `infrastructure:
  - { id: road, modality: shall, kind: road, description: Haul road, capex: "5000000 USD", by: 2027-12-31, thirdPartyAccess: false, mineOnly: true }
`,
  },
});
