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
    'The joint programme reserves training places or secondments for host-national technical staff (`exploration.jointProgramme.trainingSlots` above zero), or the contract carries a training commitment (`community.training`).',
  rationale: 'Capacity is what outlasts the contract: geologists trained on the programme can run the next one.',
  references: [
    { standard: 'Model Mine Development Agreement (MMDA) 2.0', provision: 'training provisions', status: 'recalled' },
    { standard: 'IGF Mining Policy Framework', provision: 'national capacity and linkages', status: 'verified' },
  ],
  messages: {
    missing: 'No host-national technical staff are embedded in exploration: no training places and no training commitment.',
  },
  evaluate(c) {
    const slots = c.exploration?.jointProgramme?.trainingSlots ?? 0;
    if (slots > 0) return judge([['exploration', 'jointProgramme', 'trainingSlots']], []);
    if ((c.community?.training.length ?? 0) > 0) return judge([['community', 'training']], []);
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
