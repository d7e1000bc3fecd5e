import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P3-INF-001: binding infrastructure commitments with cost and schedule. */
export const infrastructureCommitments = defineRule({
  id: 'P3-INF-001',
  principle: 'P3',
  severity: 'error',
  critical: true,
  title: 'Infrastructure commitments with capital and schedule',
  description:
    'The contract commits ("shall") to at least one infrastructure item (`infrastructure`: road, rail, port, power, water, telecom or social), each with a capital amount above zero and a completion date. Items stated with "may" or "endeavour" are not commitments.',
  rationale: 'Infrastructure is the most visible lasting benefit of a mine. Commitments with money and dates can be tracked; promises without them rarely get built.',
  references: [
    { standard: 'Model Mine Development Agreement (MMDA) 2.0', provision: 'infrastructure clauses', status: 'recalled' },
    { standard: 'Reko Diq definitive agreements (2022), as reported', provision: 'about US$1bn social uplift: roads, schools, hospitals', status: 'verified' },
  ],
  messages: {
    missing: 'The contract commits to no infrastructure.',
    'none-binding': 'No infrastructure item is stated with "shall": none is a commitment.',
    discretionary: 'The infrastructure item "{item}" is stated with "{modality}", so it is not a commitment.',
    'no-capex': 'The infrastructure item "{item}" commits no capital.',
  },
  evaluate(c) {
    const at = ['infrastructure'];
    const items = c.infrastructure;
    if (items.length === 0) return absent('missing', at);
    if (!items.some((x) => x.modality === 'shall')) return absent('none-binding', [...at, 0, 'modality']);
    return judge([at], items.flatMap((x, i) => [
      x.modality !== 'shall' && shortfall('substantially-meets', 'discretionary', [...at, i, 'modality'], { item: x.id, modality: x.modality }),
      !x.capex.amount.gt(0) && shortfall('partially-meets', 'no-capex', [...at, i, 'capex'], { item: x.id }),
    ]));
  },
  examples: {
    passing: `infrastructure:
  - { id: road, modality: shall, kind: road, description: Mine to Dalbandin, capex: "85000000 USD", by: 2028-12-31, thirdPartyAccess: true, accessTerms: non-discriminatory, ownershipAtEnd: state, beneficiaryRegions: [Dalbandin] }
`,
    failing: `infrastructure:
  - { id: road, modality: may, kind: road, description: Private haul road, capex: "5000000 USD", by: 2027-12-31, thirdPartyAccess: false, mineOnly: true }
`,
  },
});
