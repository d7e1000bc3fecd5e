// Properties of periodic fees (fast-check): over the months of any fiscal year, with any fee dates
// inside it, the monthly parts sum exactly to the prorated whole, round(A × fee days ÷ days of year),
// computed here independently in whole cents with BigInt; and every statement balances.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractOf, lineOf, statementsOf } from './payout-fixtures.js';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

// round half-even of n / d for non-negative BigInts.
function roundHalfEven(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r2 = (n % d) * 2n;
  if (r2 > d || (r2 === d && q % 2n === 1n)) return q + 1n;
  return q;
}

describe('periodic fee properties', () => {
  it('the parts of a year sum exactly to the prorated whole, and conservation holds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.bigInt({ min: 1n, max: 10_000_000_000n }),
        fc.integer({ min: 0, max: 364 }),
        fc.integer({ min: 0, max: 364 }),
        (startMonth, cents, a, b) => {
          const yearStart = Date.UTC(2028, startMonth - 1, 1);
          const lastDay = Date.UTC(2029, startMonth - 1, 1) - DAY;
          const days = Math.round((lastDay - yearStart) / DAY) + 1;
          const [lo, hi] = [Math.min(a, b, days - 1), Math.min(Math.max(a, b), days - 1)];
          const from = iso(yearStart + lo * DAY);
          const to = iso(yearStart + hi * DAY);
          const amount = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')} USD`;
          const contract = contractOf({ signed: '2027-12-01', effective: '2028-01-01', fiscalYear: { startMonth }, revenue: { fees: [{ id: 'fee', payee: 'state', amount, per: 'year', from, to, eitiStream: 'surface-rent' }] } });
          const periods = Array.from({ length: 12 }, (_, i) => {
            const d = new Date(Date.UTC(2028, startMonth - 1 + i, 1));
            return { period: d.toISOString().slice(0, 7), costs: { operating: '0 USD' } };
          });
          const statements = statementsOf(contract, periods);
          let paid = 0n;
          for (const s of statements) {
            expect(s.conservation.balanced).toBe(true);
            if (s.lines.some((l) => l.id === 'fee')) paid += BigInt(lineOf(s, 'fee').amount.amount.times(100).toFixed(0));
          }
          const feeDays = BigInt(hi - lo + 1);
          expect(paid).toBe(roundHalfEven(cents * feeDays, BigInt(days)));
        },
      ),
      { numRuns: 30 },
    );
  });
});
