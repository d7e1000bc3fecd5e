// The payment streams the compliance rules see (public accounts, project-level reporting) include
// withholding taxes, settlements and benefit-sharing true-ups, coded as the EITI export codes them:
// a settlement is not a bonus (143E, not 1415E2), a withholding tax is a tax on income (1112E1).
import { describe, expect, it } from 'vitest';
import { paymentStreams } from '../../src/compliance/payment-streams.js';
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
