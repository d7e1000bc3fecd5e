import { defineRule } from '../../define-rule.js';
import { insufficientData, judge, shortfall } from '../../evaluation.js';

/** F1-PRG-001: the state's share rises, or at least does not fall, as prices rise. */
export const takeProgressivity = defineRule({
  id: 'F1-PRG-001',
  principle: 'F1',
  severity: 'warning',
  critical: false,
  needs: 'plan',
  title: 'The state\'s share rises with prices',
  description:
    'Given a life-of-mine plan, the average effective tax rate (AETR) over a price deck (the plan\'s prices and the same scaled by 0.7 and 1.3, or the deck given) does not fall as prices rise: progressive fully meets the rule, neutral (flat) substantially, mixed partially, regressive does not meet it. Without a plan the rule is listed as not applicable.',
  rationale:
    'A regime whose share falls as prices rise hands the whole of a boom to the investor. A price boom is when a state most needs to share in the rent, and when renegotiations start if it does not; progressive terms (price-linked royalties, windfall shares, profit-based taxes) keep the bargain stable.',
  references: [
    { standard: 'IMF, Fiscal Regimes for Extractive Industries: Design and Implementation (2012)', provision: 'progressivity of fiscal regimes', status: 'recalled' },
    { standard: 'Natural Resource Charter (NRGI, 2nd ed. 2014)', provision: 'precept 4 (taxation: capture the full value)', status: 'recalled' },
  ],
  messages: {
    undetermined: 'The AETR could not be computed at two prices of the deck, so its progressivity cannot be judged.',
    regressive: 'The state\'s share falls as prices rise: the AETR goes from {low} to {high} over the deck.',
    mixed: 'The state\'s share rises and falls over the price deck (AETR from {low} to {high}).',
    neutral: 'The state\'s share is flat over the price deck (AETR {low}): a boom goes to the investor in the same proportion as a slump.',
  },
  evaluate(_c, _o, { outcomes }) {
    const at = ['revenue'];
    const deck = outcomes!.deck;
    const rows = [...deck.rows].sort((a, b) => a.grossRevenue.cmp(b.grossRevenue));
    const aetr = rows.flatMap((r) => (r.aetr.ok ? [r.aetr.value] : []));
    const pct = (d: { times(n: number): { toFixed(n: number): string } } | undefined) => (d === undefined ? '?' : `${d.times(100).toFixed(1)}%`);
    const args = { low: pct(aetr[0]), high: pct(aetr[aetr.length - 1]) };
    switch (deck.progressivity) {
      case 'undetermined':
        return insufficientData('undetermined', at);
      case 'regressive':
        return judge([at], [shortfall('does-not-meet', 'regressive', at, args)]);
      case 'mixed':
        return judge([at], [shortfall('partially-meets', 'mixed', at, args)]);
      case 'neutral':
        return judge([at], [shortfall('substantially-meets', 'neutral', at, args)]);
      default:
        return judge([at], []);
    }
  },
  examples: {
    passing: `revenue:
  priceParticipation:
    - { id: windfall, commodity: copper, thresholdPrice: "8000 USD/t", rate: "50%", payee: gov }
`,
    failing: `revenue:
  royalties:
    - { id: copper-royalty, commodity: copper, payee: gov, perUnit: "50 USD/t" }
`,
  },
});
