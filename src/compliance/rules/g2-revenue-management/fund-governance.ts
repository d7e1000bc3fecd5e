import { defineRule } from '../../define-rule.js';
import { judge, shortfall } from '../../evaluation.js';

/** G2-FND-001: community and development funds have a board, annual reports and an audit. */
export const fundGovernance = defineRule({
  id: 'G2-FND-001',
  principle: 'G2',
  severity: 'warning',
  critical: false,
  title: 'Fund governance, audit and published reports',
  description: 'Every community fund the contract finances (`revenue.communityFunds`) is governed by a board with community representation, publishes an annual report and has its accounts independently audited (`governance`).',
  appliesWhen: 'the contract finances a community fund',
  rationale: 'Funds without boards, reports and audits are where community money disappears; Ghana\'s Minerals Development Fund Act writes all three into law.',
  references: [{ standard: 'Ghana Minerals Development Fund Act 2016 (Act 912)', provision: 'ss. 6–25: board, accounts and audit, annual reports', status: 'verified' }],
  messages: {
    ungoverned: 'The community fund "{fund}" has no stated governance: no board, annual report or audit.',
    'elements-missing': 'The community fund "{fund}" lacks: {elements}.',
  },
  applies: (c) => c.revenue.communityFunds.length > 0,
  evaluate(c) {
    return judge([['revenue', 'communityFunds']], c.revenue.communityFunds.map((f, i) => {
      const at = ['revenue', 'communityFunds', i];
      if (!f.governance) return shortfall('does-not-meet', 'ungoverned', at, { fund: f.id });
      const g = f.governance;
      const missing = [!g.board && 'a board', !g.annualReport && 'an annual report', !g.audit && 'an independent audit'].filter((x) => x !== false);
      return missing.length > 0 && shortfall('partially-meets', 'elements-missing', [...at, 'governance'], { fund: f.id, elements: missing.join(', ') });
    }));
  },
  examples: {
    passing: `revenue:
  communityFunds:
    - { id: cdf-contribution, modality: shall, payee: cdf, rate: "1%", base: gross-revenue, governance: { board: true, annualReport: true, audit: true } }
`,
    failing: `revenue:
  communityFunds:
    - { id: cdf-contribution, modality: shall, payee: cdf, rate: "1%", base: gross-revenue }
`,
  },
});
