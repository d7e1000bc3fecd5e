import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P5-PRO-002: where processing is not yet committed, a dated feasibility study with a trigger to build. */
export const processingFeasibilityStudy = defineRule({
  id: 'P5-PRO-002',
  principle: 'P5',
  severity: 'warning',
  critical: false,
  title: 'Dated feasibility study of in-country processing, with a trigger',
  description:
    'Where the contract has no binding processing commitment with capacity, it requires ("shall") a study of processing in the host country by a date (`processing.feasibilityStudy`) and states the price or volume condition that triggers the obligation to build (`trigger`).',
  appliesWhen: 'the contract has no binding processing commitment with a capacity',
  rationale: 'When a smelter is not yet viable, a dated study and a trigger keep the question open instead of settling it for the life of the mine.',
  references: [
    { standard: 'Model Mine Development Agreement (MMDA) 2.0', provision: 'beneficiation clause', status: 'recalled' },
    { standard: 'India National Mineral Policy review (2006)', provision: 'preference for value-adding applicants', status: 'verified' },
  ],
  messages: {
    missing: 'Processing is not committed, and the contract requires no study of processing in the host country.',
    discretionary: 'The processing feasibility study is stated with "{modality}", so it does not bind.',
    'no-trigger': 'The feasibility study states no price or volume condition that would trigger building a plant.',
  },
  applies: (c) => !(c.processing?.commitments ?? []).some((p) => p.modality === 'shall' && (p.capacity?.value.gt(0) ?? false)),
  evaluate(c) {
    const at = ['processing', 'feasibilityStudy'];
    const s = c.processing?.feasibilityStudy;
    if (!s) return absent('missing', c.processing ? at : ['processing']);
    return judge([at], [
      s.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, 'modality'], { modality: s.modality }),
      s.trigger === undefined && shortfall('partially-meets', 'no-trigger', at),
    ]);
  },
  examples: {
    passing: `processing:
  feasibilityStudy: { id: smelter-study, modality: shall, by: 2027-06-30, trigger: copper price above 8000 USD/t for four quarters }
`,
    failing: `processing:
  feasibilityStudy: { id: refinery-study, modality: may, by: 2030-12-31 }
`,
  },
});
