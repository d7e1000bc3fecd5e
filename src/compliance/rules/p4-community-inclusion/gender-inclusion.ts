import { defineRule } from '../../define-rule.js';
import { judge, shortfall, type Shortfall } from '../../evaluation.js';

/** P4-GEN-001: women are counted in employment, training and CDA governance. */
export const genderInclusion = defineRule({
  id: 'P4-GEN-001',
  principle: 'P4',
  severity: 'warning',
  critical: false,
  title: 'Gender inclusion in employment, training and community governance',
  description:
    'Women are counted in three places: a binding employment commitment with targets for women (`community.employment[].women`), a training commitment counting women (`community.training[].women`), and women\'s representation in the CDA\'s governance (`community.developmentAgreement.governance.womenRepresentation`). All three fully meet the rule; two substantially; one partially.',
  rationale: 'Mining jobs and benefits go to men by default; the costs (water, land, displacement) often fall on women. Counting women is the first step to including them.',
  references: [
    { standard: 'Model Mine Development Agreement (MMDA) 2.0', provision: 'Annex B(d): participation of women', status: 'verified' },
    { standard: 'IGF Mining Policy Framework', provision: 'gender as a cross-cutting issue', status: 'verified' },
    { standard: 'EITI Standard 2023', provision: 'gender disclosures', status: 'verified' },
  ],
  messages: {
    'no-employment': 'No binding employment commitment sets targets for women.',
    'no-training': 'No training commitment counts women trained.',
    'no-governance': 'Women are not represented in the governance of the community development agreement.',
    'no-community-governance': 'No community body that governs benefits is required to include women.',
  },
  evaluate(c) {
    const k = c.community;
    const employment = (k?.employment ?? []).some((e) => e.women && e.modality === 'shall');
    const training = (k?.training ?? []).some((t) => t.women);
    const governance = k?.developmentAgreement?.governance?.womenRepresentation === true;
    const present = [employment, training, governance].filter(Boolean).length;
    const rating = (['does-not-meet', 'partially-meets', 'substantially-meets', 'fully-meets'] as const)[present]!;
    const gaps: Shortfall<'no-employment' | 'no-training' | 'no-governance' | 'no-community-governance'>[] = [];
    if (!employment) gaps.push(shortfall(rating, 'no-employment', ['community', 'employment']));
    if (!training) gaps.push(shortfall(rating, 'no-training', ['community', 'training']));
    if (!governance) gaps.push(k?.developmentAgreement ? shortfall(rating, 'no-governance', ['community', 'developmentAgreement']) : shortfall(rating, 'no-community-governance', ['community']));
    return judge([['community']], gaps);
  },
  examples: {
    passing: `community:
  developmentAgreement: { id: cda, modality: shall, required: true, binding: true, governance: { womenRepresentation: true } }
  employment:
    - { id: women-hiring, modality: shall, category: all, scope: national, women: true, targets: [ { by: 2030-12-31, share: "15%" } ] }
  training:
    - { id: training, modality: shall, annualBudget: "1500000 USD", women: true, targets: [ { by: 2027-12-31, count: 300 } ] }
`,
    failing: `community:
  employment:
    - { id: hiring, modality: shall, category: all, scope: national, targets: [ { by: 2030-12-31, share: "80%" } ] }
`,
  },
});
