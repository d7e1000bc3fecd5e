import { defineRule } from '../../define-rule.js';
import type { Contract } from '../../../contract/contract.js';
import type { EvidencePath } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

// Phrases that make an obligation discretionary (EITI 6.1 distinguishes mandatory from voluntary).
const DISCRETIONARY_WORDING = /\b(may|endeavou?r|best efforts?|at (?:its|the company's) (?:sole )?discretion|subject to (?:the )?company(?:'s)? approval|where (?:it deems )?appropriate)\b/i;

interface CommunityClause {
  readonly id: string;
  readonly modality: string;
  readonly note: string | undefined;
  readonly path: EvidencePath;
}

/** Every community obligation in the contract: the CDA, community funds and local-content commitments. */
function communityClauses(c: Contract): CommunityClause[] {
  const k = c.community;
  const out: CommunityClause[] = [];
  const add = (x: { id: string; modality: string; note?: string | undefined }, path: EvidencePath) => out.push({ id: x.id, modality: x.modality, note: x.note, path });
  if (k?.developmentAgreement) add(k.developmentAgreement, ['community', 'developmentAgreement']);
  c.revenue.communityFunds.forEach((f, i) => add(f, ['revenue', 'communityFunds', i]));
  k?.employment.forEach((e, i) => add(e, ['community', 'employment', i]));
  k?.training.forEach((t, i) => add(t, ['community', 'training', i]));
  if (k?.procurement) add(k.procurement, ['community', 'procurement']);
  if (k?.localContentReporting) add(k.localContentReporting, ['community', 'localContentReporting']);
  return out;
}

/** G3-BND-002: community obligations say "shall", with amount, deadline and remedy. */
export const mandatoryLanguage = defineRule({
  id: 'G3-BND-002',
  principle: 'G3',
  severity: 'error',
  critical: true,
  title: 'Community obligations in mandatory language, with amount, deadline and remedy',
  description:
    'Every community obligation (the CDA, community funds, employment, training, procurement and local-content reporting) is stated with "shall", and no clause note uses discretionary wording ("may", "endeavour", "best efforts", "at its discretion", "subject to company approval"). The CDA names the fund that pays for it (the amount), a deadline (`by`) and a remedy other than `none`.',
  rationale: '"The company may support community projects" binds no one. EITI distinguishes mandatory from voluntary social expenditure, and the reform asks for the mandatory kind: an obligor, an amount, a date and a consequence.',
  references: [{ standard: 'EITI Standard 2023', provision: 'Requirement 6.1 (mandatory and voluntary social expenditures)', status: 'verified' }],
  messages: {
    missing: 'The contract has no community obligations at all.',
    discretionary: 'The community obligation "{clause}" is stated with "{modality}", so it does not bind.',
    'discretionary-wording': 'The note of "{clause}" uses discretionary wording ("{phrase}").',
    'no-cda': 'There is no community development agreement to carry the amount, deadline and remedy.',
    'no-amount': 'The community development agreement names no fund that pays for it.',
    'no-deadline': 'The community development agreement has no deadline.',
    'no-remedy': 'The community development agreement states no remedy if the company does not honour it.',
  },
  evaluate(c) {
    const clauses = communityClauses(c);
    // The community section is where the obligations belong (and what an unknown community section leaves unjudged).
    if (clauses.length === 0) return absent('missing', ['community']);
    const cda = c.community?.developmentAgreement;
    const at = ['community', 'developmentAgreement'];
    return judge(clauses.map((x) => x.path), [
      ...clauses.flatMap((x) => {
        const phrase = x.note === undefined ? undefined : DISCRETIONARY_WORDING.exec(x.note)?.[0];
        return [
          x.modality !== 'shall' && shortfall('does-not-meet', 'discretionary', [...x.path, 'modality'], { clause: x.id, modality: x.modality }),
          phrase !== undefined && shortfall('does-not-meet', 'discretionary-wording', [...x.path, 'note'], { clause: x.id, phrase }),
        ];
      }),
      !cda && shortfall('partially-meets', 'no-cda', c.community ? at : ['community']),
      cda && cda.fund === undefined && shortfall('partially-meets', 'no-amount', at),
      cda && cda.by === undefined && shortfall('partially-meets', 'no-deadline', at),
      cda && (cda.remedy === undefined || cda.remedy === 'none') && shortfall('partially-meets', 'no-remedy', cda.remedy === undefined ? at : [...at, 'remedy']),
    ]);
  },
  examples: {
    passing: `revenue:
  communityFunds:
    - { id: cdf-contribution, modality: shall, payee: cdf, rate: "1%", base: gross-revenue }
community:
  developmentAgreement: { id: cda, modality: shall, required: true, binding: true, fund: cdf-contribution, by: 2026-12-31, remedy: regulator-enforcement }
`,
    failing: `revenue:
  communityFunds:
    - { id: community-support, modality: may, payee: cdf, rate: "0.1%", base: net-profit, note: "The company may, at its discretion, support community projects" }
community:
  developmentAgreement: { id: cda, modality: endeavour, required: false, binding: false }
`,
  },
});
