import { defineRule } from '../../define-rule.js';
import type { Contract } from '../../../contract/contract.js';
import { judge, shortfall } from '../../evaluation.js';
import { hasRole, PUBLIC_PAYEE_ROLES } from '../../party-roles.js';
import { paymentStreams } from '../../../eiti/payment-streams.js';

const PUBLIC_ACCOUNTS = new Set(['treasury', 'consolidated-fund', 'statutory-fund']);

/** Public payees of the contract, in first-appearance order: payment stream payees and government-share recipients. */
function publicPayees(c: Contract): string[] {
  const payees = [...paymentStreams(c).map((s) => s.payee), ...c.revenue.governmentShares.flatMap((g) => Object.keys(g.split))];
  return [...new Set(payees)].filter((p) => hasRole(c, p, PUBLIC_PAYEE_ROLES));
}

/** G2-ACC-001: every public payee receives its payments into a named public account. */
export const publicAccounts = defineRule({
  id: 'G2-ACC-001',
  principle: 'G2',
  severity: 'error',
  critical: true,
  title: 'Payments into named public accounts',
  description:
    'Every government, state enterprise or public fund that receives payments under the contract (royalties, taxes, bonuses, windfall shares, community funds, export levies and government shares) has a named account (`governance.paymentAccounts`) of type treasury, consolidated fund or statutory fund, and that account is public. A payee with no named account does not meet the rule, as one paid into a company account does not.',
  appliesWhen: 'a government, state enterprise or public fund receives payments under the contract',
  rationale: 'Money paid into an account an official or the company controls leaves the budget before it arrives. Named public accounts keep mineral revenue on budget and auditable.',
  references: [{ standard: 'EITI Standard 2023', provision: 'Requirement 5.1 (distribution of revenues: on- and off-budget)', status: 'verified' }],
  messages: {
    'no-account': 'The contract names no account into which "{party}" receives its payments.',
    'private-account': '"{party}" is paid into "{account}", which is not a public treasury, consolidated or statutory fund account.',
  },
  applies: (c) => publicPayees(c).length > 0,
  evaluate(c) {
    const accounts = c.governance?.paymentAccounts ?? [];
    return judge([['governance', 'paymentAccounts']], publicPayees(c).map((party) => {
      const k = accounts.findIndex((a) => a.payee === party);
      const account = accounts[k];
      // Naming no account leaves the money as free to go anywhere as a company account does.
      if (!account) return shortfall('does-not-meet', 'no-account', c.governance ? ['governance', 'paymentAccounts'] : ['governance'], { party });
      return (!PUBLIC_ACCOUNTS.has(account.type) || !account.public) && shortfall('does-not-meet', 'private-account', ['governance', 'paymentAccounts', k, 'type'], { party, account: account.account });
    }));
  },
  examples: {
    passing: `revenue:
  royalties:
    - { id: royalty, commodity: copper, payee: gov, rate: "5%" }
governance:
  paymentAccounts:
    - { payee: gov, account: Federal Consolidated Fund, type: consolidated-fund, public: true }
`,
    failing: `revenue:
  royalties:
    - { id: royalty, commodity: copper, payee: gov, rate: "5%" }
governance:
  paymentAccounts:
    - { payee: gov, account: Operator-administered escrow, type: company, public: false }
`,
  },
});
