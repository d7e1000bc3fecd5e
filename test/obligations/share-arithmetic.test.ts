// Property: the tracker decides head-count shares in integer arithmetic (numbers when safe, BigInt
// otherwise) and money shares in decimals. Checked here against an independent computation in
// BigInt: met ⇔ part × 100 ≥ share% × whole; the share shown is ⌊part × 10^10 / whole⌋ / 10^10;
// the people short are ⌈share × whole⌉ − part.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDate, trackObligations } from 'fairlode';
import { chagai, period } from './track-fixtures.js';

// national-hiring (§16.1) with its first target's share replaced; it binds from 2027-12-31.
const contractWith = (percent: string) => chagai((t) => t.replace('targets: [ { by: 2027-12-31, share: "80%" }, { by: 2031-12-31, share: "90%" } ]', `targets: [ { by: 2027-12-31, share: "${percent}%" } ]`));

const tenTo10 = 10n ** 10n;
const shareText = (part: bigint, whole: bigint) => {
  const q = (part * tenTo10) / whole; // the share in 10^-10 units, rounded down
  return `${q / tenTo10}.${(q % tenTo10).toString().padStart(10, '0')}`.replace(/\.?0+$/, '') || '0';
};

describe('share targets: head counts in integers agree with exact arithmetic', () => {
  // Percentages with up to three decimals, workforces up to ten million people.
  const percentArb = fc.integer({ min: 1, max: 100_000 }).map((m) => ({ thousandths: BigInt(m), text: (m / 1000).toFixed(3).replace(/\.?0+$/, '') }));
  const workforceArb = fc.integer({ min: 1, max: 10_000_000 }).chain((total) => fc.tuple(fc.constant(total), fc.integer({ min: 0, max: total })));

  it('met, the share shown and the people short', () => {
    fc.assert(
      fc.property(percentArb, workforceArb, (pct, [total, national]) => {
        const contract = contractWith(pct.text);
        const q = period(contract, '2027-Q4', `workforce: { total: ${total}, national: ${national} }\n`);
        const o = trackObligations(contract, [q], { asOf: isoDate('2027-12-31') }).obligations.find((x) => x.id === 'national-hiring@2027-12-31')!;
        const part = BigInt(national);
        const whole = BigInt(total);
        // share = thousandths / 100000; met ⇔ part × 100000 ≥ thousandths × whole
        const met = part * 100_000n >= pct.thousandths * whole;
        expect(o.status).toBe(met ? 'met' : 'missed');
        expect(o.actual?.value.toString()).toBe(shareText(part, whole));
        if (!met) {
          const needed = (pct.thousandths * whole + 99_999n) / 100_000n; // ⌈share × whole⌉
          expect(o.shortfall?.value.toString()).toBe((needed - part).toString());
        }
      }),
      { numRuns: 60 },
    );
  });

  it('on the boundary: exactly the share is met, one person fewer is missed by one', () => {
    fc.assert(
      fc.property(percentArb, fc.integer({ min: 1, max: 90 }), (pct, t) => {
        const contract = contractWith(pct.text);
        // total = 100000 × t people, of whom exactly share × total = thousandths × t are national.
        const total = 100_000 * t;
        const exact = Number(pct.thousandths) * t;
        const status = (national: number) => trackObligations(contract, [period(contract, '2027-Q4', `workforce: { total: ${total}, national: ${national} }\n`)], { asOf: isoDate('2027-12-31') }).obligations.find((x) => x.id === 'national-hiring@2027-12-31')!;
        expect(status(exact).status).toBe('met');
        const below = status(exact - 1);
        expect([below.status, below.shortfall?.value.toString()]).toEqual(['missed', '1']);
      }),
      { numRuns: 40 },
    );
  });
});
