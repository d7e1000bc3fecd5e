import { z } from 'zod';
import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';
import { hasRole, HOST_STATE_ROLES } from '../../party-roles.js';
import { threshold } from '../../thresholds.js';

const REQUIRED = ['maps', 'drill-logs', 'assays', 'geophysics', 'samples'] as const;

/** P1-GEO-001: raw and interpreted geodata are delivered to the host state, promptly. */
export const geodataDelivery = defineRule({
  id: 'P1-GEO-001',
  principle: 'P1',
  severity: 'error',
  critical: true,
  title: 'Geodata delivered to the host state',
  description:
    'The contract obliges ("shall") delivery of maps, drill logs, assays, geophysics and samples (`exploration.geodata`) to a host-state agency, each within `maxDeadlineDays` days of acquisition.',
  rationale:
    'Geological data is the state\'s knowledge of its own territory. If it stays with the company, the state negotiates every later licence blind. Prompt delivery of raw and interpreted data keeps it with the host state.',
  references: [
    { standard: 'Eritrea Legal Notice 45/2000 (petroleum analogue)', provision: 'art. 21: maps, geophysical records, samples and interpretations', status: 'verified' },
    { standard: 'Partnership article (2025)', provision: 'principle 1', status: 'verified' },
  ],
  options: {
    maxDeadlineDays: threshold(z.int().positive(), {
      default: 90,
      description: 'Most days after acquisition within which each kind of geodata is delivered.',
      source: 'rules.md P1-GEO-001: our default of 90 days [S]',
      verified: false,
    }),
  },
  messages: {
    missing: 'The contract does not oblige the company to deliver geodata to the host state.',
    'types-missing': 'No binding clause delivers these to a host-state agency: {types}.',
    'not-host': 'The {type} go to "{party}", which is not a host-state agency.',
    late: 'The {type} are due {days} days after acquisition; at most {max} days is expected.',
    discretionary: 'Delivery of {type} is stated with "{modality}", so it does not bind.',
  },
  evaluate(c, o) {
    const at = ['exploration', 'geodata'];
    const geodata = c.exploration?.geodata ?? [];
    if (geodata.length === 0) return absent('missing', at);
    const delivered = new Set(geodata.filter((g) => g.modality === 'shall' && hasRole(c, g.recipient, HOST_STATE_ROLES)).map((g) => g.type));
    const missing = REQUIRED.filter((type) => !delivered.has(type));
    return judge([at], [
      missing.length > 0 && shortfall(missing.length === REQUIRED.length ? 'does-not-meet' : 'partially-meets', 'types-missing', at, { types: missing.join(', ') }),
      ...geodata.flatMap((g, i) => [
        g.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, i, 'modality'], { type: g.type, modality: g.modality }),
        !hasRole(c, g.recipient, HOST_STATE_ROLES) && shortfall('does-not-meet', 'not-host', [...at, i, 'recipient'], { type: g.type, party: g.recipient }),
        g.deadlineDays > o.maxDeadlineDays && shortfall('substantially-meets', 'late', [...at, i, 'deadlineDays'], { type: g.type, days: g.deadlineDays, max: o.maxDeadlineDays }),
      ]),
    ]);
  },
  examples: {
    passing: `exploration:
  geodata:
    - { id: maps, modality: shall, type: maps, recipient: gsp, deadlineDays: 60 }
    - { id: logs, modality: shall, type: drill-logs, recipient: gsp, deadlineDays: 60 }
    - { id: assays, modality: shall, type: assays, recipient: gsp, deadlineDays: 60 }
    - { id: geophysics, modality: shall, type: geophysics, recipient: gsp, deadlineDays: 90 }
    - { id: samples, modality: shall, type: samples, recipient: gsp, deadlineDays: 90 }
`,
    failing: `exploration:
  geodata:
    # only reports, to the company itself, on a best-efforts basis
    - { id: reports, modality: endeavour, type: reports, recipient: investor, deadlineDays: 365 }
`,
  },
});
