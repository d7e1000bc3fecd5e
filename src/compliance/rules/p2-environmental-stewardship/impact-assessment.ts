import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

const INTERNATIONAL = new Set(['ifc-performance-standards', 'equator-principles', 'irma']);

/** P2-ESIA-001: an environmental and social impact assessment to international standards, before construction. */
export const impactAssessment = defineRule({
  id: 'P2-ESIA-001',
  principle: 'P2',
  severity: 'error',
  critical: true,
  title: 'Environmental and social impact assessment before construction',
  description:
    'The contract requires ("shall") an ESIA (`environment.esia`) covering social as well as environmental impacts, to an international standard (IFC Performance Standards, Equator Principles or IRMA), approved before construction starts; where both dates are given, its deadline falls before `milestones.constructionStart`.',
  rationale:
    'The ESIA is where harm to water, land and livelihoods is found before it happens. National law alone is often weaker than the standards lenders and buyers apply, and an assessment after construction can only record damage.',
  references: [
    { standard: 'Model Mine Development Agreement (MMDA) 2.0', provision: '2.4.2 and 2.4.3', status: 'verified' },
    { standard: 'IFC Performance Standards', provision: 'PS1', status: 'recalled' },
    { standard: 'IRMA Standard for Responsible Mining', provision: 'chapter 2.1', status: 'verified' },
  ],
  messages: {
    missing: 'The contract does not require an environmental and social impact assessment.',
    discretionary: 'The impact assessment is stated with "{modality}", so it does not bind.',
    'national-only': 'The impact assessment follows only {standards}, not an international standard such as the IFC Performance Standards.',
    'not-social': 'The impact assessment does not cover social impacts.',
    'after-construction': 'The impact assessment need not be approved before construction starts.',
    late: 'The impact assessment is due {by}, after construction starts on {start}.',
  },
  evaluate(c) {
    const at = ['environment', 'esia'];
    const e = c.environment?.esia;
    if (!e) return absent('missing', at);
    const start = c.milestones.constructionStart;
    return judge([at], [
      e.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, 'modality'], { modality: e.modality }),
      !e.standards.some((s) => INTERNATIONAL.has(s)) && shortfall('partially-meets', 'national-only', [...at, 'standards'], { standards: e.standards.join(', ') }),
      !e.social && shortfall('partially-meets', 'not-social', [...at, 'social']),
      !e.beforeConstruction && shortfall('partially-meets', 'after-construction', [...at, 'beforeConstruction']),
      e.by !== undefined && start !== undefined && e.by >= start && shortfall('substantially-meets', 'late', [...at, 'by'], { by: e.by, start }),
    ]);
  },
  examples: {
    passing: `environment:
  esia: { id: esia, modality: shall, standards: [ifc-performance-standards, national], social: true, beforeConstruction: true, by: 2026-06-30 }
`,
    failing: `environment:
  esia: { id: esia, modality: may, standards: [national], social: false, beforeConstruction: false }
`,
  },
});
