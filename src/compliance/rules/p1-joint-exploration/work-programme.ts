import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P1-EXP-002: the joint programme has a budgeted, dated work programme. */
export const explorationWorkProgramme = defineRule({
  id: 'P1-EXP-002',
  principle: 'P1',
  severity: 'warning',
  critical: false,
  title: 'Exploration work programme with budgets and deadlines',
  description:
    'The joint programme lists at least one work item (`exploration.jointProgramme.workProgramme`), and every item has a budget above zero and a completion date.',
  rationale: 'A programme without money or dates is an intention. Budgets and deadlines let the host state see whether the work was done, and EITI asks for exploration commitments to be disclosed.',
  references: [
    { standard: 'Model Mine Development Agreement (MMDA) 2.0', provision: '2.4.1 feasibility and work commitments', status: 'verified' },
    { standard: 'EITI Standard 2023', provision: 'Requirement 3.1 (exploration)', status: 'verified' },
  ],
  messages: {
    missing: 'The contract has no joint exploration programme, so no work programme.',
    empty: 'The joint exploration programme lists no work items with budgets and deadlines.',
    'no-budget': 'The work item "{item}" has no budget above zero.',
  },
  evaluate(c) {
    const at = ['exploration', 'jointProgramme'];
    const jp = c.exploration?.jointProgramme;
    if (!jp) return absent('missing', at);
    if (jp.workProgramme.length === 0) return absent('empty', [...at, 'workProgramme']);
    return judge(
      [[...at, 'workProgramme']],
      jp.workProgramme.map((w, i) => !w.budget.amount.gt(0) && shortfall('partially-meets', 'no-budget', [...at, 'workProgramme', i, 'budget'], { item: w.id })),
    );
  },
  examples: {
    passing: `exploration:
  jointProgramme:
    id: joint-exploration
    modality: shall
    hostEntity: gsp
    foreignPartner: investor
    workProgramme:
      - { id: mapping, description: 1:50000 geological mapping, budget: "6000000 USD", by: 2027-12-31 }
`,
    failing: `exploration:
  jointProgramme:
    id: joint-exploration
    modality: shall
    hostEntity: gsp
    foreignPartner: investor
    workProgramme: []          # nothing committed
`,
  },
});
