import { defineRule } from '../../define-rule.js';
import { judge, shortfall } from '../../evaluation.js';

/** P2-TSF-001: a tailings facility is managed to GISTM, with an Engineer of Record and independent review. */
export const tailingsManagement = defineRule({
  id: 'P2-TSF-001',
  principle: 'P2',
  severity: 'error',
  critical: true,
  title: 'Tailings managed to GISTM',
  description:
    'Where the project has a tailings storage facility (`environment.tailings.present`), the contract requires ("shall") it to be managed to the Global Industry Standard on Tailings Management, with an Engineer of Record and independent review.',
  appliesWhen: 'the project has a tailings storage facility (`environment.tailings.present: true`)',
  rationale: 'Tailings dam failures (Mount Polley, Brumadinho) kill people and rivers. GISTM, written after Brumadinho, makes named engineers accountable and requires independent review.',
  references: [{ standard: 'Global Industry Standard on Tailings Management (GISTM) 2020', provision: '15 principles, 77 requirements', status: 'verified' }],
  messages: {
    discretionary: 'The tailings clause is stated with "{modality}", so it does not bind.',
    'no-gistm': 'The tailings facility is not managed to GISTM (the standard stated is {standard}).',
    'no-engineer-of-record': 'No Engineer of Record is made responsible for the tailings facility.',
    'no-independent-review': 'The tailings facility is not independently reviewed.',
  },
  applies: (c) => c.environment?.tailings?.present === true,
  evaluate(c) {
    const at = ['environment', 'tailings'];
    const t = c.environment!.tailings!;
    return judge([at], [
      t.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...at, 'modality'], { modality: t.modality }),
      t.standard !== 'gistm' && shortfall('partially-meets', 'no-gistm', [...at, t.standard === undefined ? 'present' : 'standard'], { standard: t.standard ?? 'none' }),
      t.engineerOfRecord !== true && shortfall('partially-meets', 'no-engineer-of-record', at),
      t.independentReview !== true && shortfall('substantially-meets', 'no-independent-review', at),
    ]);
  },
  examples: {
    passing: `environment:
  tailings: { id: tailings, modality: shall, present: true, standard: gistm, engineerOfRecord: true, independentReview: true }
`,
    failing: `environment:
  tailings: { id: tailings, modality: may, present: true, standard: national }
`,
  },
});
