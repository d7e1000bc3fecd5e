import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P5-EXP-001: unprocessed exports are banned after a date, or pay an escalating levy. */
export const rawExportRestriction = defineRule({
  id: 'P5-EXP-001',
  principle: 'P5',
  severity: 'warning',
  critical: false,
  title: 'Raw-ore export restriction or escalating levy',
  description:
    'The contract restricts exports of unprocessed ore (`processing.rawExport`): a ban from a stated date, or a levy schedule whose rates do not fall. A levy is reported to the EITI as a tax on exports (GFS 1152E).',
  rationale: 'A dated ban or a rising levy gives the investor a reason to build the plant; Indonesia\'s ban (12 January 2014, with concentrate duties rising from 20% to 60%) is the best-known example.',
  references: [
    { standard: 'Indonesia Law 4/2009 and MEMR Regulation 11/2019', provision: 'ban from 12 Jan 2014; concentrate duty 20%→60%; nickel ore <1.7% Ni banned from 1 Jan 2020', status: 'verified' },
    { standard: 'IMF GFS / EITI SDT', provision: '1152E taxes on exports', status: 'verified' },
  ],
  messages: {
    missing: 'The contract places no restriction or levy on exports of unprocessed ore.',
    'no-date': 'The raw-export ban states no date from which it applies.',
    'no-levy': 'The raw-export levy schedule has no rates.',
    'falling-levy': 'The raw-export levy falls over time, from {from} to {to}.',
  },
  evaluate(c) {
    const at = ['processing', 'rawExport'];
    const x = c.processing?.rawExport;
    if (!x || x.restriction === 'none') return absent('missing', x ? [...at, 'restriction'] : c.processing ? at : ['processing']);
    if (x.restriction === 'ban-after-date') return judge([at], [x.from === undefined && shortfall('partially-meets', 'no-date', [...at, 'restriction'])]);
    const steps = [...x.levy].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const fall = steps.findIndex((s, k) => k > 0 && s.rate.lt(steps[k - 1]!.rate));
    return judge([at], [
      steps.length === 0 && shortfall('partially-meets', 'no-levy', [...at, 'restriction']),
      fall > 0 && shortfall('substantially-meets', 'falling-levy', [...at, 'levy'], { from: `${steps[fall - 1]!.rate.times(100).toString()}%`, to: `${steps[fall]!.rate.times(100).toString()}%` }),
    ]);
  },
  examples: {
    passing: `processing:
  rawExport: { id: raw-export-levy, restriction: levy-schedule, levy: [ { from: 2031-01-01, rate: "5%" }, { from: 2033-01-01, rate: "10%" } ], payee: gov }
`,
    failing: `processing:
  rawExport: { id: raw-export, restriction: none }
`,
  },
});
