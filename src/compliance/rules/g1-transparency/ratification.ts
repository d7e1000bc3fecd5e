import { defineRule } from '../../define-rule.js';
import { isUnknownAt } from '../../../contract/unknown-terms.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** G1-RAT-001: the contract is ratified by the legislature, and its text was public before. */
export const ratification = defineRule({
  id: 'G1-RAT-001',
  principle: 'G1',
  severity: 'warning',
  critical: false,
  title: 'Ratified by the legislature, published before ratification',
  description:
    'The contract states its ratification (`governance.ratification`): by parliament (`by: parliament`), with the full text published before the vote (`publishedBefore`). Ratification by the cabinet substantially meets the rule, by a minister alone partially; none does not meet it.',
  rationale:
    'A concession over a nation\'s minerals binds it for decades. Where the legislature approves it after reading it, the terms carry public consent and are harder to overturn; contracts pushed through unseen, or never put to a vote, are the ones courts and later governments undo.',
  references: [
    { standard: 'Constitution of Ghana (1992)', provision: 'art. 268(1): mineral concessions subject to ratification by Parliament', status: 'verified' },
    { standard: 'EITI Standard 2023', provision: 'Requirement 2.4 (contracts)', status: 'recalled' },
    { standard: 'Natural Resource Charter (NRGI, 2nd ed. 2014)', provision: 'precept 2 (accountability and transparency)', status: 'recalled' },
  ],
  messages: {
    missing: 'The contract does not say whether, or by whom, it is ratified.',
    none: 'The contract takes effect on signature, without ratification.',
    minister: 'The contract is approved by a minister alone.',
    cabinet: 'The contract is approved by the cabinet, not by the legislature.',
    unseen: 'The contract was ratified before its text was published.',
    'publication-unknown': 'Whether the text was published before the ratification is not known.',
  },
  evaluate(c) {
    const at = ['governance', 'ratification'];
    const r = c.governance?.ratification;
    if (r === undefined) return absent('missing', at);
    return judge([at], [
      r.by === 'none' && shortfall('does-not-meet', 'none', [...at, 'by']),
      r.by === 'minister' && shortfall('partially-meets', 'minister', [...at, 'by']),
      r.by === 'cabinet' && shortfall('substantially-meets', 'cabinet', [...at, 'by']),
      r.publishedBefore === false && shortfall('partially-meets', 'unseen', [...at, 'publishedBefore']),
      // Written { unknown: … }: the publication cannot be credited.
      r.publishedBefore === undefined && isUnknownAt(c, [...at, 'publishedBefore']) && shortfall('insufficient-data', 'publication-unknown', [...at, 'publishedBefore']),
    ]);
  },
  examples: {
    passing: `governance:
  ratification: { id: ratification, by: parliament, publishedBefore: true }
`,
    failing: `governance:
  ratification: { id: ratification, by: minister, publishedBefore: false }
`,
  },
});
