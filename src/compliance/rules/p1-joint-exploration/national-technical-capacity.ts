import { defineRule } from '../../define-rule.js';
import { absent, judge } from '../../evaluation.js';

/** P1-CAP-001: host-national technical staff are embedded in the exploration work. */
export const nationalTechnicalCapacity = defineRule({
  id: 'P1-CAP-001',
  principle: 'P1',
  severity: 'warning',
  critical: false,
  title: 'Host-national staff embedded in exploration',
  description:
    'The joint programme reserves training places or secondments for host-national technical staff (`exploration.jointProgramme.trainingSlots` above zero). A general training commitment (`community.training`) does not count: it trains the workforce, not the people who explore and map.',
  rationale: 'Capacity is what outlasts the contract: geologists trained on the programme can run the next one.',
  references: [
    { standard: 'Model Mine Development Agreement (MMDA) 2.0', provision: 'training provisions', status: 'recalled' },
    { standard: 'IGF Mining Policy Framework', provision: 'national capacity and linkages', status: 'verified' },
  ],
  messages: {
    missing: 'No host-national technical staff are embedded in exploration: the joint programme reserves no training places or secondments.',
  },
  evaluate(c) {
    const slots = c.exploration?.jointProgramme?.trainingSlots ?? 0;
    // A general training commitment (community.training) trains workers, not exploration staff: it does not count.
    if (slots > 0) return judge([['exploration', 'jointProgramme', 'trainingSlots']], []);
    return absent('missing', c.exploration?.jointProgramme ? ['exploration', 'jointProgramme', 'trainingSlots'] : ['exploration', 'jointProgramme']);
  },
  examples: {
    passing: `exploration:
  jointProgramme: { id: joint-exploration, modality: shall, hostEntity: gsp, foreignPartner: investor, trainingSlots: 24 }
`,
    failing: `exploration:
  jointProgramme: { id: joint-exploration, modality: shall, hostEntity: gsp, foreignPartner: investor, trainingSlots: 0 }
`,
  },
});
