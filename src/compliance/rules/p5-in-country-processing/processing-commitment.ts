import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** P5-PRO-001: a binding commitment to process in the host country, with capacity and dated milestones. */
export const processingCommitment = defineRule({
  id: 'P5-PRO-001',
  principle: 'P5',
  severity: 'error',
  critical: true,
  title: 'Binding in-country processing commitment',
  description:
    'The contract commits ("shall") to processing a commodity in the host country (`processing.commitments`: a concentrator, smelter or refinery), with an annual capacity above zero and dated milestones toward it.',
  rationale: 'Exporting ore exports the jobs and the margin of refining with it. A commitment with capacity and dates is what the principle means by building processing in the country; Indonesia\'s mineral law made it mandatory.',
  references: [{ standard: 'Indonesia Law 4/2009 on Mineral and Coal Mining', provision: 'mandatory domestic processing', status: 'verified' }],
  messages: {
    missing: 'The contract makes no commitment to process any commodity in the host country.',
    discretionary: 'The processing commitment for {commodity} is stated with "{modality}", so it does not bind.',
    'no-capacity': 'The processing commitment for {commodity} states no capacity.',
    'no-milestones': 'The processing commitment for {commodity} has no dated milestones.',
  },
  evaluate(c) {
    const at = ['processing', 'commitments'];
    const all = (c.processing?.commitments ?? []).map((p, i) => ({ p, i }));
    if (all.length === 0) return absent('missing', c.processing ? at : ['processing']);
    const binding = all.filter(({ p }) => p.modality === 'shall');
    return judge([at], [
      ...all.map(({ p, i }) => p.modality !== 'shall' && shortfall(binding.length === 0 ? 'does-not-meet' : 'substantially-meets', 'discretionary', [...at, i, 'modality'], { commodity: p.commodity, modality: p.modality })),
      ...binding.flatMap(({ p, i }) => [
        !(p.capacity?.value.gt(0) ?? false) && shortfall('partially-meets', 'no-capacity', [...at, i], { commodity: p.commodity }),
        p.milestones.length === 0 && shortfall('partially-meets', 'no-milestones', [...at, i], { commodity: p.commodity }),
      ]),
    ]);
  },
  examples: {
    passing: `processing:
  commitments:
    - id: copper-refining
      modality: shall
      commodity: copper
      stage: refined-cathode
      capacity: "100000 t"
      milestones:
        - { id: refinery-fid, description: Final investment decision, by: 2027-12-31 }
        - { id: refinery-commissioning, description: Refinery commissioned, by: 2030-06-30 }
`,
    failing: `processing:
  commitments: []
`,
  },
});
