import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

const FORMULA_BASES = new Set(['gross-revenue', 'royalty', 'net-smelter-return']);

/** G3-AMT-001: community development is funded by a formula on revenue or royalties. */
export const fundingFormula = defineRule({
  id: 'G3-AMT-001',
  principle: 'G3',
  severity: 'error',
  critical: false,
  title: 'Community fund financed by formula',
  description:
    'A binding ("shall") community fund (`revenue.communityFunds`) is financed at a rate above zero of gross revenue, net smelter return or a royalty. A fund on net profit partially meets the rule: profit depends on costs the company controls and may never appear.',
  rationale: 'A lump sum "as agreed" or a share of profits that accounting can erase gives communities nothing they can count on; a rate on revenue does.',
  references: [
    { standard: 'Kenya Mining Act 2016 regime', provision: '1% of sales revenue to communities', status: 'verified' },
    { standard: 'Sierra Leone Mines and Minerals Development Act 2022', provision: '1% of annual revenue', status: 'verified' },
    { standard: 'Ghana Minerals Development Fund Act 2016 (Act 912)', provision: '20% of royalties', status: 'verified' },
    { standard: 'Guinea Mining Code 2011 (amended 2013)', provision: 'art. 130: about 0.5% of turnover', status: 'recalled' },
  ],
  messages: {
    missing: 'No binding community fund is financed by formula.',
    discretionary: 'The community fund "{fund}" is stated with "{modality}", so it does not bind.',
    'profit-based': 'The community fund "{fund}" is a share of net profit, which may never arise; a share of revenue or royalties is expected.',
  },
  evaluate(c) {
    const at = ['revenue', 'communityFunds'];
    const funds = c.revenue.communityFunds.map((f, i) => ({ f, i }));
    if (funds.length === 0) return absent('missing', at);
    const binding = funds.filter(({ f }) => f.modality === 'shall' && f.rate.gt(0));
    const formula = binding.find(({ f }) => FORMULA_BASES.has(f.base));
    if (formula) return judge([[...at, formula.i]], []);
    return judge([at], [
      ...funds.map(({ f, i }) => f.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, i, 'modality'], { fund: f.id, modality: f.modality })),
      ...binding.map(({ f, i }) => shortfall('partially-meets', 'profit-based', [...at, i, 'base'], { fund: f.id })),
      binding.length === 0 && funds.every(({ f }) => f.modality === 'shall') && shortfall('does-not-meet', 'missing', at),
    ]);
  },
  examples: {
    passing: `revenue:
  communityFunds:
    - { id: cdf-contribution, modality: shall, payee: cdf, rate: "1%", base: gross-revenue }
`,
    failing: `revenue:
  communityFunds:
    - { id: community-support, modality: may, payee: cdf, rate: "0.1%", base: net-profit }
`,
  },
});
