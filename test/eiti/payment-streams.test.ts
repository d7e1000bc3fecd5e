// The payment streams the compliance rules see (public accounts, project-level reporting) include
// withholding taxes, settlements and benefit-sharing true-ups, coded as the EITI export codes them:
// a settlement is not a bonus (143E, not 1415E2), a withholding tax is a tax on income (1112E1).
import { describe, expect, it } from 'vitest';
import { checkContract } from '../../src/compliance/index.js';
import { isTemplateGfsCode, paymentStreams } from '../../src/eiti/payment-streams.js';
import { contractOf } from '../payout/payout-fixtures.js';

describe('payment streams', () => {
  it('lists withholding taxes, settlements and true-ups with their payees and EITI codes', () => {
    const c = contractOf({
      revenue: {
        bonuses: [{ id: 'settlement', kind: 'settlement', amount: '300000000 USD', due: '2026-05-26', payer: 'investor', payee: 'state' }],
        withholdingTaxes: [{ id: 'dividend-wht', on: 'dividends', rate: '10%', payee: 'county' }],
        benefitSharing: [{ id: 'benefit-sharing', share: '50%', state: ['state'], counts: ['royalty'], payer: 'investor', payee: 'state' }],
      },
    });
    expect(paymentStreams(c).map((s) => [s.kind, s.payee, s.gfsCode, s.path.join('.')])).toEqual([
      ['settlement', 'state', '143E', 'revenue.bonuses.0'],
      ['withholding-tax', 'county', '1112E1', 'revenue.withholdingTaxes.0'],
      ['true-up', 'state', '1415E4', 'revenue.benefitSharing.0'],
    ]);
  });
});

describe('one list of template codes for the compliance rule and the EITI export', () => {
  it('lists fees with the code of their EITI stream (a surface rent is 1415E5, a licence fee 114521E)', () => {
    const c = contractOf({
      revenue: {
        fees: [
          { id: 'surface-rent', amount: '10000 USD', per: 'year', from: '2026-01-01', payee: 'state', eitiStream: 'surface-rent' },
          { id: 'licence-fee', amount: '5000 USD', per: 'year', from: '2026-01-01', payee: 'state', eitiStream: 'licence-fee' },
        ],
      },
    } as never);
    expect(paymentStreams(c).map((s) => [s.kind, s.clause, s.gfsCode])).toEqual([
      ['fee', 'surface-rent', '1415E5'],
      ['fee', 'licence-fee', '114521E'],
    ]);
  });

  it('an aggregate code such as 1415E is not a class of the template drop-down: the rule and the export both say so', () => {
    // Before, the rule accepted 1415E (its own list held the aggregates) while the export warned.
    expect(isTemplateGfsCode('1415E')).toBe(false);
    expect(isTemplateGfsCode('1415E1')).toBe(true);
    expect(isTemplateGfsCode('constructor')).toBe(false); // no inherited property passes
    const c = contractOf({ revenue: { royalties: [{ id: 'royalty', commodity: 'copper', base: 'gross-revenue', rate: '5%', payee: 'state', eiti: { gfsCode: '1415E' } }] }, governance: { reporting: { id: 'payment-reporting', modality: 'shall', projectLevel: true, timelinessMonths: 12 } } } as never);
    const finding = checkContract(c).findings.find((f) => f.kind === 'rule' && f.ruleId === 'G1-PAY-001' && f.messageId === 'unknown-code');
    expect(finding?.path).toEqual(['revenue', 'royalties', 0, 'eiti', 'gfsCode']);
  });
});
