import { defineRule } from '../../define-rule.js';
import { absent, judge, shortfall } from '../../evaluation.js';

/** G2-AUD-001: payments and funds are audited independently, and the results published. */
export const independentAudit = defineRule({
  id: 'G2-AUD-001',
  principle: 'G2',
  severity: 'error',
  critical: true,
  title: 'Independent audit of payments, with published results',
  description: 'Payments and the funds that receive them are audited (`governance.audit`) by the supreme audit institution or an independent auditor, and the results are published.',
  rationale: 'EITI data is only as good as the accounts behind it; an audit kept private cannot reassure anyone outside the ministry.',
  references: [{ standard: 'EITI Standard 2023', provision: 'Requirement 4.9 (data quality and assurance)', status: 'verified' }],
  messages: {
    missing: 'The contract provides for no audit of payments and funds.',
    'company-auditor': 'Payments are audited only by the company\'s own auditor.',
    unpublished: 'Audit results are not published.',
  },
  evaluate(c) {
    const at = ['governance', 'audit'];
    const a = c.governance?.audit;
    if (!a) return absent('missing', c.governance ? at : ['governance']);
    return judge([at], [a.kind === 'company' && shortfall('partially-meets', 'company-auditor', [...at, 'kind']), !a.published && shortfall('partially-meets', 'unpublished', [...at, 'published'])]);
  },
  examples: {
    passing: `governance:
  audit: { id: audit, by: Auditor-General, kind: supreme-audit-institution, published: true, everyYears: 1 }
`,
    failing: `governance:
  audit: { id: audit, by: Company auditors, kind: company, published: false, everyYears: 1 }
`,
  },
});
