import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P2-GHG-001: greenhouse-gas emissions are reported, with a reduction target. */
export const greenhouseGasReporting = defineRule({
  id: 'P2-GHG-001',
  principle: 'P2',
  severity: 'info',
  critical: false,
  title: 'Greenhouse-gas reporting and reduction',
  description: 'The contract requires the project to report its greenhouse-gas emissions (`environment.ghg.reporting`) and sets a reduction target (`reductionTarget`).',
  rationale: 'Emissions are part of the environmental cost; EITI added climate-related disclosures in 2023.',
  references: [
    { standard: 'ICMM Mining Principles', provision: 'performance expectation 6.5', status: 'verified' },
    { standard: 'EITI Standard 2023', provision: 'climate and energy-transition disclosures', status: 'verified' },
  ],
  messages: {
    missing: 'The contract does not require greenhouse-gas reporting.',
    'no-target': 'Greenhouse-gas emissions are reported, but no reduction target is set.',
  },
  evaluate(c) {
    const at = ['environment', 'ghg'];
    const g = c.environment?.ghg;
    if (!g?.reporting) return absent('missing', at);
    return judge([at], [g.reductionTarget === undefined && shortfall('substantially-meets', 'no-target', at)]);
  },
  examples: {
    passing: `environment:
  ghg: { id: ghg, reporting: true, reductionTarget: "30%", by: 2035-12-31 }
`,
    failing: `environment:
  ghg: { id: ghg, reporting: false }
`,
  },
});
