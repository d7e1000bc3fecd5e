import { defineRule } from '../../define-rule.js';
import { judge, shortfall } from '../../evaluation.js';

/** P2-LIV-001: resettlement, if any, follows IFC PS5 and restores livelihoods. */
export const resettlementAndLivelihoods = defineRule({
  id: 'P2-LIV-001',
  principle: 'P2',
  severity: 'error',
  critical: true,
  title: 'Resettlement to international standard, with livelihood restoration',
  description:
    'Where the project plans to move people (`environment.resettlement.planned`), the contract requires ("shall") resettlement to IFC Performance Standard 5 and the restoration of the livelihoods of the people moved.',
  appliesWhen: 'the project plans resettlement (`environment.resettlement.planned: true`)',
  rationale: 'Resettlement is where mining most often impoverishes people. PS5 requires that those displaced end no worse off, and that their livelihoods, not only their houses, are restored.',
  references: [
    { standard: 'IFC Performance Standards', provision: 'PS5 (land acquisition and involuntary resettlement)', status: 'recalled' },
    { standard: 'IRMA Standard for Responsible Mining', provision: 'chapter 2.4 (resettlement)', status: 'verified' },
  ],
  messages: {
    discretionary: 'The resettlement clause is stated with "{modality}", so it does not bind.',
    'no-standard': 'Resettlement does not follow IFC Performance Standard 5 (the standard stated is {standard}).',
    'no-livelihoods': 'The contract does not require the livelihoods of people moved to be restored.',
  },
  applies: (c) => c.environment?.resettlement?.planned === true,
  evaluate(c) {
    const at = ['environment', 'resettlement'];
    const r = c.environment!.resettlement!;
    return judge([at], [
      r.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, 'modality'], { modality: r.modality }),
      r.standard !== 'ifc-ps5' && shortfall('partially-meets', 'no-standard', [...at, r.standard === undefined ? 'planned' : 'standard'], { standard: r.standard ?? 'none' }),
      r.livelihoodRestoration !== true && shortfall('partially-meets', 'no-livelihoods', [...at, 'planned']),
    ]);
  },
  examples: {
    passing: `environment:
  resettlement: { id: resettlement, modality: shall, planned: true, standard: ifc-ps5, livelihoodRestoration: true }
`,
    failing: `environment:
  resettlement: { id: resettlement, modality: shall, planned: true, standard: national }
`,
  },
});
