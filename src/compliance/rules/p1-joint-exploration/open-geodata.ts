import { z } from 'zod';
import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';
import { threshold } from '../../thresholds.js';

/** P1-GEO-002: non-confidential geodata becomes open data after a confidentiality period. */
export const openGeodata = defineRule({
  id: 'P1-GEO-002',
  principle: 'P1',
  severity: 'info',
  critical: false,
  title: 'Open release of geodata after a confidentiality period',
  description:
    'Every geodata deliverable other than physical samples states `publicAfterYears`, at most `maxYearsConfidential` years, after which the non-confidential data is released as open data.',
  rationale: 'Open geodata lowers the cost of exploration for everyone, including national companies, and lets the public see what the state knows.',
  references: [{ standard: 'rules.md P1-GEO-002', provision: 'no sourced benchmark found; 5 years is our default', status: 'our-default' }],
  options: {
    maxYearsConfidential: threshold(z.int().min(0), {
      default: 5,
      description: 'Most years before non-confidential geodata is released as open data.',
      source: 'rules.md P1-GEO-002: our default of 5 years [S]',
      verified: false,
    }),
  },
  messages: {
    missing: 'The contract delivers no geodata, so none can become public.',
    'never-public': 'The {type} are never released as open data.',
    'too-long': 'The {type} stay confidential for {years} years; at most {max} is expected.',
  },
  evaluate(c, o) {
    const at = ['exploration', 'geodata'];
    const data = (c.exploration?.geodata ?? []).map((g, i) => ({ g, i })).filter(({ g }) => g.type !== 'samples');
    if (data.length === 0) return absent('missing', at);
    const open = data.filter(({ g }) => g.publicAfterYears !== undefined).length;
    return judge([at], data.map(({ g, i }) =>
      g.publicAfterYears === undefined
        ? shortfall(open > 0 ? 'partially-meets' : 'does-not-meet', 'never-public', [...at, i], { type: g.type })
        : g.publicAfterYears > o.maxYearsConfidential && shortfall('substantially-meets', 'too-long', [...at, i, 'publicAfterYears'], { type: g.type, years: g.publicAfterYears, max: o.maxYearsConfidential }),
    ));
  },
  examples: {
    passing: `exploration:
  geodata:
    - { id: maps, modality: shall, type: maps, recipient: gsp, deadlineDays: 60, publicAfterYears: 5 }
`,
    failing: `exploration:
  geodata:
    - { id: maps, modality: shall, type: maps, recipient: gsp, deadlineDays: 60 }   # never public
`,
  },
});
