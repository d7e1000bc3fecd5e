import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P2-BIO-001: biodiversity and ecosystem services are protected, with no-go areas. */
export const biodiversityProtection = defineRule({
  id: 'P2-BIO-001',
  principle: 'P2',
  severity: 'warning',
  critical: false,
  title: 'Biodiversity and ecosystem-services protection',
  description: 'The contract requires a biodiversity management plan (`environment.biodiversity.plan`) and names no-go or protected areas the project must not disturb (`noGoAreas`).',
  rationale: 'Habitats lost to a pit or a tailings dam do not come back; the areas to be left alone must be fixed before the first road is cut.',
  references: [
    { standard: 'IFC Performance Standards', provision: 'PS6 (biodiversity)', status: 'recalled' },
    { standard: 'IRMA Standard for Responsible Mining', provision: 'chapter 4.6 (biodiversity)', status: 'verified' },
  ],
  messages: {
    missing: 'The contract has no biodiversity protection.',
    'no-plan': 'The contract does not require a biodiversity management plan.',
    'no-no-go-areas': 'The contract names no no-go or protected areas.',
  },
  evaluate(c) {
    const at = ['environment', 'biodiversity'];
    const b = c.environment?.biodiversity;
    if (!b || (!b.plan && !b.noGoAreas)) return absent('missing', at);
    return judge([at], [
      !b.plan && shortfall('partially-meets', 'no-plan', [...at, 'plan']),
      !b.noGoAreas && shortfall('substantially-meets', 'no-no-go-areas', [...at, 'noGoAreas']),
    ]);
  },
  examples: {
    passing: `environment:
  biodiversity: { id: biodiversity, modality: shall, plan: true, noGoAreas: true }
`,
    failing: `environment:
  biodiversity: { id: biodiversity, modality: shall, plan: false, noGoAreas: false }
`,
  },
});
