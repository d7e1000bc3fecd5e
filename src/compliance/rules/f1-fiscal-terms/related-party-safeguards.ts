import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** F1-RPT-001: sales and charges between the project company and its affiliates are at arm's length. */
export const relatedPartySafeguards = defineRule({
  id: 'F1-RPT-001',
  principle: 'F1',
  severity: 'warning',
  critical: false,
  title: 'Related-party dealings at arm\'s length',
  description:
    'The contract has related-party safeguards (`relatedParties`): sales to and charges from affiliates are priced at arm\'s length (`armsLength`), management and service fees are capped (`managementFeeCap`), and interest is deductible only up to a debt-to-equity ratio (`maxDebtToEquity`).',
  rationale:
    'Output sold to an affiliated trader below the market price, management fees paid to the parent and interest on shareholder loans all move profit out of the host country before royalty and income tax are computed. These are the main base-erosion risks in mining that the IGF/OECD programme addresses.',
  references: [
    { standard: 'IGF/OECD Program to Address BEPS in Mining', provision: 'mineral pricing; limiting the impact of excessive interest deductions (2018)', status: 'recalled' },
    { standard: 'OECD Transfer Pricing Guidelines (2022)', provision: 'the arm\'s-length principle, chapter I', status: 'recalled' },
    { standard: 'OECD BEPS Action 4 (2016)', provision: 'interest deductions: a fixed ratio of 10%–30% of EBITDA, or a group ratio', status: 'recalled' },
  ],
  messages: {
    missing: 'The contract has no related-party safeguards: nothing requires sales to affiliates, management fees or shareholder loans to be priced at arm\'s length.',
    'not-arms-length': 'The related-party clause does not require arm\'s-length pricing.',
    'no-fee-cap': 'Management and service fees paid to affiliates are not capped.',
    'no-thin-cap': 'Interest on shareholder debt is not limited by a debt-to-equity ratio.',
  },
  evaluate(c) {
    const at = ['relatedParties'];
    const r = c.relatedParties;
    if (r === undefined) return absent('missing', at);
    return judge([at], [
      !r.armsLength && shortfall('does-not-meet', 'not-arms-length', [...at, 'armsLength']),
      r.managementFeeCap === undefined && shortfall('substantially-meets', 'no-fee-cap', at),
      r.maxDebtToEquity === undefined && shortfall('substantially-meets', 'no-thin-cap', at),
    ]);
  },
  examples: {
    passing: `relatedParties: { id: transfer-pricing, armsLength: true, managementFeeCap: "2%", maxDebtToEquity: "3" }
`,
    failing: `relatedParties: { id: transfer-pricing, armsLength: false }
`,
  },
});
