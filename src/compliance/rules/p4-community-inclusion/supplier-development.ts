import { defineRule } from '../../define-rule.js';
import { absent, judge } from '../../evaluation.js';

/** P4-PRC-002: the company runs a programme to build up local suppliers. */
export const supplierDevelopment = defineRule({
  id: 'P4-PRC-002',
  principle: 'P4',
  severity: 'warning',
  critical: false,
  title: 'Supplier-development programme',
  description: 'The procurement commitment includes a programme to build up local suppliers (`community.procurement.supplierDevelopment`).',
  rationale: 'Preference helps only suppliers who already exist; a development programme creates the ones who can meet a mine\'s standards.',
  references: [{ standard: 'IGF Mining Policy Framework', provision: 'upstream linkages', status: 'verified' }],
  messages: {
    missing: 'The contract has no supplier-development programme.',
  },
  evaluate(c) {
    const at = ['community', 'procurement'];
    return c.community?.procurement?.supplierDevelopment ? judge([[...at, 'supplierDevelopment']], []) : absent('missing', c.community?.procurement ? [...at, 'supplierDevelopment'] : at);
  },
  examples: {
    passing: `community:
  procurement: { id: procurement, modality: shall, preference: first-preference, supplierDevelopment: true }
`,
    failing: `community:
  procurement: { id: procurement, modality: shall, preference: first-preference, supplierDevelopment: false }
`,
  },
});
