import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';
import { hasRole, HOST_STATE_ROLES, roleOf } from '../../party-roles.js';

/** P1-EXP-001: exploration and mapping are done jointly with a host-state technical entity. */
export const jointExplorationProgramme = defineRule({
  id: 'P1-EXP-001',
  principle: 'P1',
  severity: 'error',
  critical: true,
  title: 'Joint exploration programme with a host-state technical entity',
  description:
    'The contract sets up a joint exploration and mapping programme (`exploration.jointProgramme`), stated with "shall", whose `hostEntity` is a host-state body (a geological survey, state enterprise or government) and whose `foreignPartner` is an investor party.',
  rationale:
    'Mapping done by the investor alone leaves the host state dependent on the investor\'s reading of its own geology. A joint programme puts the state\'s technical agency in the room where the resource is assessed.',
  references: [
    { standard: 'Partnership article (2025)', provision: 'principle 1: joint exploration and mapping', status: 'verified' },
    { standard: 'Guinea Mining Code 2011', provision: 'national geological data bank', status: 'verified' },
    { standard: 'Kenya Mining Act 2016', provision: 'Directorate of Geological Survey manages geological information', status: 'verified' },
  ],
  messages: {
    missing: 'The contract sets up no joint exploration programme with a host-state technical entity.',
    'host-not-state': 'The joint programme\'s host entity "{party}" is not a host-state body (its role is {role}).',
    'partner-not-investor': 'The joint programme\'s foreign partner "{party}" is not an investor party (its role is {role}).',
    discretionary: 'The joint programme is stated with "{modality}", so it does not bind the parties.',
  },
  evaluate(c) {
    const at = ['exploration', 'jointProgramme'];
    const jp = c.exploration?.jointProgramme;
    if (!jp) return absent('missing', at);
    return judge([at], [
      jp.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, 'modality'], { modality: jp.modality }),
      !hasRole(c, jp.hostEntity, HOST_STATE_ROLES) && shortfall('partially-meets', 'host-not-state', [...at, 'hostEntity'], { party: jp.hostEntity, role: roleOf(c, jp.hostEntity) ?? 'unknown' }),
      roleOf(c, jp.foreignPartner) !== 'investor' && shortfall('substantially-meets', 'partner-not-investor', [...at, 'foreignPartner'], { party: jp.foreignPartner, role: roleOf(c, jp.foreignPartner) ?? 'unknown' }),
    ]);
  },
  examples: {
    passing: `exploration:
  jointProgramme:
    id: joint-exploration
    ref: "§6"
    modality: shall
    hostEntity: gsp            # Geological Survey (role geological-survey)
    foreignPartner: investor
`,
    failing: `exploration:
  jointProgramme:
    id: joint-exploration
    ref: "§6"
    modality: endeavour        # best efforts only
    hostEntity: investor       # the investor maps alone
    foreignPartner: investor
`,
  },
});
