import { defineRule } from '../../define-rule.js';
import { isUnknownAt } from '../../../contract/unknown-terms.js';
import { insufficientData, judge, shortfall } from '../../evaluation.js';

/** F1-INC-001: tax incentives are those the general law grants, and each has an end. */
export const taxIncentives = defineRule({
  id: 'F1-INC-001',
  principle: 'F1',
  severity: 'warning',
  critical: false,
  title: 'Tax incentives statutory and time-bound',
  description:
    'Each tax incentive the agreement grants (`incentives`) is one the general law grants to every qualifying investor (`basis: statutory`), or, if negotiated for this project, lasts a stated number of years (`years`) shorter than the term. A negotiated tax holiday, or a negotiated incentive without an end, fails the rule.',
  appliesWhen: 'the agreement grants tax incentives, or its incentives are written as unknown',
  rationale:
    'Incentives negotiated deal by deal are the commonest leak in mining revenue: a tax holiday removes tax from the first, most profitable years of a mine, and open-ended duty and fuel exemptions are rarely costed. Guidance from the IMF and the IGF/OECD programme is to grant only statutory, time-bound incentives whose cost is measured.',
  references: [
    { standard: 'IGF/OECD, Tax Incentives in Mining: Minimising Risks to Revenue (2018)', provision: 'practice note (A. Readhead)', status: 'verified' },
    { standard: 'IMF, Fiscal Regimes for Extractive Industries: Design and Implementation (2012)', provision: 'on tax holidays and incentives', status: 'recalled' },
  ],
  messages: {
    'negotiated-holiday': 'The agreement grants a negotiated tax holiday ("{id}"), beyond the general law.',
    'open-ended': 'The negotiated incentive "{id}" ({kind}) has no end: it lasts {span}.',
    negotiated: 'The incentive "{id}" ({kind}) is negotiated for this project, beyond the general law, for {years} years.',
    unknown: 'The tax incentives the agreement grants are not known.',
    'basis-unknown': 'Whether the incentive "{id}" ({kind}) is statutory or negotiated is not known.',
  },
  applies: (c) => (c.incentives !== undefined && c.incentives.length > 0) || (c.incentives === undefined && isUnknownAt(c, ['incentives'])),
  evaluate(c) {
    const at = ['incentives'];
    if (c.incentives === undefined) return insufficientData('unknown', at);
    // A basis written { unknown: … } is absent here: it may be negotiated.
    const list = c.incentives.map((x, i) => ({ x, i })).filter(({ x }) => x.basis !== 'statutory');
    return judge([at], list.map(({ x, i }) => {
      const path = [...at, i];
      if (x.basis === undefined) return shortfall('insufficient-data', 'basis-unknown', [...path, 'basis'], { id: x.id, kind: x.kind });
      if (x.kind === 'tax-holiday') return shortfall('does-not-meet', 'negotiated-holiday', path, { id: x.id });
      if (x.years === undefined || x.years === 'term') return shortfall('partially-meets', 'open-ended', [...path, 'years'], { id: x.id, kind: x.kind, span: x.years === 'term' ? 'the whole term' : 'no stated period' });
      return shortfall('substantially-meets', 'negotiated', path, { id: x.id, kind: x.kind, years: x.years });
    }));
  },
  examples: {
    passing: `incentives:
  - { id: capital-allowances, kind: accelerated-depreciation, basis: statutory }
  - { id: import-duty, kind: import-duty-exemption, basis: statutory, years: 5 }
`,
    failing: `incentives:
  - { id: holiday, kind: tax-holiday, basis: negotiated, years: 10 }
  - { id: fuel, kind: fuel-duty-exemption, basis: negotiated, years: term }
`,
  },
});
