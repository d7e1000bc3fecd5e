import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';
import { COMMUNITY_ROLES, hasRole } from '../../party-roles.js';

/** G3-GOV-001: the CDA has the governance elements of MMDA Annex B. */
export const developmentAgreementGovernance = defineRule({
  id: 'G3-GOV-001',
  principle: 'G3',
  severity: 'warning',
  critical: false,
  title: 'CDA governance: managing entity, elected representatives, women, goals, monitoring',
  description:
    'The community development agreement has the governance elements of MMDA Annex B: a community body among its parties, a managing entity, elected community representatives, representation of women and of marginalised groups, development goals and a monitoring framework (`community.developmentAgreement.governance`). All seven fully meet the rule; five or six substantially; one to four partially.',
  rationale: 'Who decides how CDA money is spent determines who benefits. Elected representatives, women and marginalised groups at the table, goals and monitoring keep the money from being captured by a few.',
  references: [{ standard: 'Model Mine Development Agreement (MMDA) 2.0', provision: 'Annex B (community development agreement)', status: 'verified' }],
  messages: {
    missing: 'There is no community development agreement to govern.',
    'elements-missing': 'The community development agreement does not provide for: {elements}.',
  },
  evaluate(c) {
    const at = ['community', 'developmentAgreement'];
    const cda = c.community?.developmentAgreement;
    if (!cda) return absent('missing', c.community ? at : ['community']);
    const g = cda.governance;
    const elements: [string, boolean][] = [
      ['a community body as a party', cda.parties.some((p) => hasRole(c, p, COMMUNITY_ROLES))],
      ['a managing entity', g?.managingEntity !== undefined],
      ['elected community representatives', g?.electedRepresentatives === true],
      ['representation of women', g?.womenRepresentation === true],
      ['representation of marginalised groups', g?.marginalisedGroups === true],
      ['development goals', g?.developmentGoals === true],
      ['a monitoring framework', g?.monitoringFramework === true],
    ];
    const missing = elements.filter(([, ok]) => !ok).map(([name]) => name);
    const present = elements.length - missing.length;
    const rating = present === 0 ? 'does-not-meet' : present >= 5 ? 'substantially-meets' : 'partially-meets';
    return judge([at], [missing.length > 0 && shortfall(rating, 'elements-missing', g ? [...at, 'governance'] : at, { elements: missing.join(', ') })]);
  },
  examples: {
    passing: `community:
  developmentAgreement:
    id: cda
    modality: shall
    required: true
    binding: true
    parties: [investor, cdf, district]
    governance: { managingEntity: CDF board, electedRepresentatives: true, womenRepresentation: true, marginalisedGroups: true, developmentGoals: true, monitoringFramework: true }
`,
    failing: `community:
  developmentAgreement: { id: cda, modality: shall, required: true, binding: true, parties: [investor, province] }
`,
  },
});
