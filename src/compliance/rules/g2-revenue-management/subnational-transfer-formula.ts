import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** G2-SUB-001: the formula for sharing royalties between levels of government is written down. */
export const subnationalTransferFormula = defineRule({
  id: 'G2-SUB-001',
  principle: 'G2',
  severity: 'warning',
  critical: false,
  title: 'Subnational transfer formula written down',
  description: 'Every royalty has a written split between levels of government (`revenue.governmentShares`), with numeric shares that sum to 100%.',
  appliesWhen: 'the contract has royalties',
  rationale: 'Transfers decided year by year are transfers that can be withheld. A written formula, like Kenya\'s 70/20/10, lets counties and communities plan and hold the centre to account.',
  references: [
    { standard: 'EITI Standard 2023', provision: 'Requirement 5.2 (subnational transfers)', status: 'verified' },
    { standard: 'Kenya Mining Act 2016', provision: 'royalty shared 70% national / 20% county / 10% community', status: 'verified' },
  ],
  messages: {
    missing: 'No royalty is split between levels of government by a written formula.',
    'royalty-unsplit': 'The royalty "{royalty}" has no written split between levels of government.',
  },
  applies: (c) => c.revenue.royalties.length > 0,
  evaluate(c) {
    const split = new Set(c.revenue.governmentShares.map((g) => g.of));
    const royalties = c.revenue.royalties.map((r, i) => ({ r, i }));
    if (!royalties.some(({ r }) => split.has(r.id))) return absent('missing', ['revenue', 'royalties']);
    return judge([['revenue', 'governmentShares']], royalties.map(({ r, i }) => !split.has(r.id) && shortfall('partially-meets', 'royalty-unsplit', ['revenue', 'royalties', i], { royalty: r.id })));
  },
  examples: {
    passing: `revenue:
  royalties:
    - { id: royalty, commodity: copper, payee: gov, rate: "5%" }
  governmentShares:
    - { of: royalty, split: { gov: "70%", province: "20%", elders: "10%" } }
`,
    failing: `revenue:
  royalties:
    - { id: royalty, commodity: copper, payee: gov, rate: "5%" }
`,
  },
});
