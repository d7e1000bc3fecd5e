import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

const STRONG = new Set(['regulator-enforcement', 'licence-sanction', 'escrow-drawdown']);

/** G3-ENF-001: the regulator can enforce the CDA, or suspend the licence for non-payment. */
export const enforcement = defineRule({
  id: 'G3-ENF-001',
  principle: 'G3',
  severity: 'warning',
  critical: false,
  title: 'Enforceable CDA: regulator enforcement, licence sanction or escrow',
  description:
    'The community development agreement names a remedy (`community.developmentAgreement.remedy`) that does not depend on the community suing: enforcement by the regulator, suspension or revocation of the licence, or drawing on money in escrow. A penalty payment or arbitration partially meets the rule.',
  rationale: 'A community rarely has the money to arbitrate against a mining company. A regulator who can enforce, or a licence at stake, is what makes the agreement bind in practice.',
  references: [{ standard: 'rules.md G3-ENF-001', provision: 'enforcement remedies', status: 'our-default' }],
  messages: {
    missing: 'There is no community development agreement to enforce.',
    'no-remedy': 'The community development agreement states no remedy if the company does not honour it.',
    'weak-remedy': 'The only remedy under the community development agreement is {remedy}, which the community must pursue itself.',
  },
  evaluate(c) {
    const at = ['community', 'developmentAgreement'];
    const cda = c.community?.developmentAgreement;
    if (!cda) return absent('missing', c.community ? at : ['community']);
    if (cda.remedy === undefined || cda.remedy === 'none') return absent('no-remedy', cda.remedy === undefined ? at : [...at, 'remedy']);
    return judge([[...at, 'remedy']], [!STRONG.has(cda.remedy) && shortfall('partially-meets', 'weak-remedy', [...at, 'remedy'], { remedy: cda.remedy })]);
  },
  examples: {
    passing: `community:
  developmentAgreement: { id: cda, modality: shall, required: true, binding: true, remedy: regulator-enforcement }
`,
    failing: `community:
  developmentAgreement: { id: cda, modality: shall, required: true, binding: true, remedy: none }
`,
  },
});
