// Payees paid in another currency: each line converted once with the period's explicit rate.
import { describe, expect, it } from 'vitest';
import { computePayouts, exchangeRateToString, explain, formatPayoutJson } from 'fairlode';
import { actualsOf, amountAt, contractOf, lineOf } from './payout-fixtures.js';

describe('a payee paid in its own currency', () => {
  const c = contractOf({
    parties: [
      { id: 'investor', name: 'Example Metals', role: 'investor' },
      { id: 'state', name: 'The State', role: 'host-government', level: 'national' },
      { id: 'county', name: 'The County', role: 'subnational-government', level: 'provincial', currency: 'ZMW' },
      { id: 'community', name: 'The Community', role: 'community-entity', level: 'community', currency: 'JPY' },
    ],
    revenue: {
      royalties: [{ id: 'royalty', ref: '§6', commodity: 'copper', payee: 'state', rate: '5%' }],
      governmentShares: [{ of: 'royalty', split: { state: '70%', county: '20%', community: '10%' } }],
    } as never,
  });
  const actuals = actualsOf(c, { period: '2027-Q1', sales: [{ commodity: 'copper', quantity: '1 t', price: '1234567.89 USD/t' }], fx: { ZMW: '25.1234', JPY: '151.237' } });
  const r = computePayouts(c, [actuals]);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  const s = r.value.statements[0]!;

  it('states the line in the contract currency and settles it once in the payee\'s, with the rate', () => {
    // royalty 5% × 1,234,567.89 = 61,728.3945 → 61,728.39; split 70/20/10 exactly 43,209.873 /
    // 12,345.678 / 6,172.839: the floors leave 2 cents for the largest remainders (community .9, county .8)
    expect(amountAt(s, 'royalty')).toBe('61728.39');
    const county = lineOf(s, 'royalty/county');
    expect(county.amount.amount.toFixed(2)).toBe('12345.68');
    // 12,345.68 × 25.1234 = 310,165.456912 ZMW → 310,165.46 (half-even, once)
    expect(county.settlement?.amount.amount.toFixed(2)).toBe('310165.46');
    expect(county.settlement?.amount.currency).toBe('ZMW');
    expect(exchangeRateToString(county.settlement!.rate)).toBe('25.1234 ZMW/USD');
    // the community's 6,172.84 × 151.237 = 933,561.80308 JPY, which has no minor unit → 933,562
    const community = lineOf(s, 'royalty/community');
    expect(community.settlement?.amount.amount.toFixed()).toBe('933562');
    expect(explain(s, 'royalty/county')).toContain('paid as 310165.46 ZMW at 25.1234 ZMW/USD, rounded half-even once');
  });

  it('totals the party in its own currency too, and the JSON shows the rate', () => {
    expect(s.totals.find((t) => t.party === 'county')?.settlement?.amount.toFixed(2)).toBe('310165.46');
    const json = JSON.parse(formatPayoutJson(s, { traces: false })) as { statements: { lines: { id: string; settlement?: unknown }[]; settlements: unknown }[] };
    expect(json.statements[0]!.lines.find((l) => l.id === 'royalty/county')?.settlement).toEqual({ amount: '310165.46', currency: 'ZMW', rate: '25.1234 ZMW/USD' });
    expect(json.statements[0]!.settlements).toEqual({ county: { amount: '310165.46', currency: 'ZMW' }, community: { amount: '933562', currency: 'JPY' } });
  });

  it('refuses a period whose actuals give no rate for a payee\'s currency', () => {
    const without = actualsOf(c, { period: '2027-Q2', sales: [{ commodity: 'copper', quantity: '1 t', price: '100 USD/t' }], fx: { ZMW: '25' } });
    const bad = computePayouts(c, [actuals, without]);
    expect(bad.ok).toBe(false);
    expect(bad.diagnostics.map((d) => [d.code, d.message])).toEqual([['payout/missing-fx-rate', 'community is paid in JPY, but these actuals give no JPY rate.']]);
  });
});
