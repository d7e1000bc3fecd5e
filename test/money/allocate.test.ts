import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairlodeError } from '../../src/diagnostics/diagnostic.js';
import {
  allocate, allocateInOrder, allocateLargestRemainder, Decimal, minorUnitOf, money, moneyToString,
  type Allocation, type AllocationMethod, type DecimalInput, type Money,
} from '../../src/money/index.js';

const parts = (a: Allocation) => a.parts.map(moneyToString);

describe('allocate: hand-checked splits', () => {
  it('100.00 USD in thirds: 33.34 / 33.33 / 33.33', () => {
    // 10000 cents × 1/3 = 3333.33… each; floors 3333 × 3 = 9999, one cent left. All three
    // remainders are equal (1/3 cent), so the tie goes to the first party in declared order.
    const a = allocate(money('100.00 USD'), [1, 1, 1]);
    expect(parts(a)).toEqual(['33.34 USD', '33.33 USD', '33.33 USD']);
    expect(a.method).toBe('largest-remainder');
    expect(a.tieBreak).toBe('declared-order');
    expect(moneyToString(a.total)).toBe('100.00 USD');
    expect(a.weights.map(String)).toEqual(['1', '1', '1']);
  });

  it('moneyphp#492: 99.99 split 75/25 gives 74.99 / 25.00 by largest remainder', () => {
    // 9999 cents × 75% = 7499.25, × 25% = 2499.75. Floors 7499 + 2499 = 9998: one cent left.
    // Remainders .25 and .75: the cent goes to the 25% share, so each part is its exact share
    // rounded to the nearest cent (74.9925 → 74.99, 24.9975 → 25.00).
    expect(parts(allocate(money('99.99 USD'), [75, 25]))).toEqual(['74.99 USD', '25.00 USD']);
    expect(parts(allocateLargestRemainder(money('99.99 USD'), [75, 25]))).toEqual(['74.99 USD', '25.00 USD']);
  });

  it("in-order reproduces Dinero.js v1: 99.99 split 75/25 gives 75.00 / 24.99", () => {
    // Dinero.js v1 (dinerojs/dinero.js, src/dinero.js, `allocate`) floors each share, then
    // `while (remainder > 0) { if (ratios[i] > 0) { shares[i] += 1 } i += 1 }`: the leftover cent
    // goes to the first non-zero ratio whatever the remainders, which is the result moneyphp#492
    // disputed. Same floors as above (7499, 2499); the cent goes to the 75% share.
    const a = allocate(money('99.99 USD'), [75, 25], { method: 'in-order' });
    expect(parts(a)).toEqual(['75.00 USD', '24.99 USD']);
    expect(a.method).toBe('in-order');
    expect(parts(allocateInOrder(money('99.99 USD'), [75, 25]))).toEqual(['75.00 USD', '24.99 USD']);
    // Dinero's own doc examples: 1003 over [50, 50] → 502, 501; over [0, 50, 50] → 0, 502, 501.
    expect(parts(allocateInOrder(money('1003 JPY'), [50, 50]))).toEqual(['502 JPY', '501 JPY']);
    expect(parts(allocateInOrder(money('1003 JPY'), [0, 50, 50]))).toEqual(['0 JPY', '502 JPY', '501 JPY']);
  });

  it('moneyphp doc: 5 cents split 70/30 gives 4 / 1; reversed 30/70, 2 / 3 (a tie settled by order)', () => {
    // 5 × 70% = 3.5 and 5 × 30% = 1.5: equal remainders, so declared order decides.
    expect(parts(allocate(money('0.05 EUR'), [70, 30]))).toEqual(['0.04 EUR', '0.01 EUR']);
    expect(parts(allocate(money('0.05 EUR'), [30, 70]))).toEqual(['0.02 EUR', '0.03 EUR']);
  });

  it('brick/money#46: 10.00 GBP over 37.5/62.5 is exact in either order', () => {
    // Decimal weights are used exactly (not truncated to integers): 3.75 and 6.25, no leftover.
    expect(parts(allocate(money('10.00 GBP'), ['37.5', '62.5']))).toEqual(['3.75 GBP', '6.25 GBP']);
    expect(parts(allocate(money('10.00 GBP'), ['62.5', '37.5']))).toEqual(['6.25 GBP', '3.75 GBP']);
  });

  it('Reko Diq-style: a 25% holding split in three equal thirds, to the cent', () => {
    // 25% of 10,000,000.01 USD held equally by three state companies (8⅓% each), beside a 50%
    // and a 25% holder: weights 6 : 3 : 1 : 1 : 1 (twelfths). In cents T = 1,000,000,001.
    // T × 6/12 = 500,000,000.5   → 500,000,000 remainder 6/12
    // T × 3/12 = 250,000,000.25  → 250,000,000 remainder 3/12
    // T × 1/12 =  83,333,333.416… →  83,333,333 remainder 5/12 (three times)
    // Floors sum to 999,999,999: two cents left, to the remainders 6/12 and then the first 5/12.
    const a = allocate(money('10000000.01 USD'), [6, 3, 1, 1, 1]);
    expect(parts(a)).toEqual(['5000000.01 USD', '2500000.00 USD', '833333.34 USD', '833333.33 USD', '833333.33 USD']);
    // The 25% holding alone, in thirds: 2,500,000.00 → 833,333.34 + 833,333.33 + 833,333.33.
    expect(parts(allocate(money('2500000.00 USD'), ['8.3333', '8.3333', '8.3333']))).toEqual(['833333.34 USD', '833333.33 USD', '833333.33 USD']);
  });

  it('JPY has no minor unit; KWD has three', () => {
    // 1000 yen in thirds: 333.33… → 334, 333, 333.
    expect(parts(allocate(money('1000 JPY'), [1, 1, 1]))).toEqual(['334 JPY', '333 JPY', '333 JPY']);
    // 7 yen over 1:2:4 exactly: 1, 2, 4.
    expect(parts(allocate(money('7 JPY'), [1, 2, 4]))).toEqual(['1 JPY', '2 JPY', '4 JPY']);
    // 1.000 KWD in thirds: 1000 fils → 334, 333, 333 fils.
    expect(parts(allocate(money('1.000 KWD'), [1, 1, 1]))).toEqual(['0.334 KWD', '0.333 KWD', '0.333 KWD']);
    // 0.010 KWD over 2:1 = 6.67 and 3.33 fils: remainders .67 and .33 → 7, 3 fils.
    expect(parts(allocate(money('0.010 KWD'), [2, 1]))).toEqual(['0.007 KWD', '0.003 KWD']);
  });

  it('zero weights get zero and never a leftover unit', () => {
    expect(parts(allocate(money('1.01 USD'), [0, 1, 1]))).toEqual(['0.00 USD', '0.51 USD', '0.50 USD']);
    expect(parts(allocate(money('1.01 USD'), [1, 0, 1], { method: 'in-order' }))).toEqual(['0.51 USD', '0.00 USD', '0.50 USD']);
  });

  it('a negative total mirrors the positive one', () => {
    expect(parts(allocate(money('-100.00 USD'), [1, 1, 1]))).toEqual(['-33.34 USD', '-33.33 USD', '-33.33 USD']);
    expect(parts(allocate(money('-99.99 USD'), [75, 25]))).toEqual(['-74.99 USD', '-25.00 USD']);
  });

  it('a zero total splits into zeros', () => {
    expect(parts(allocate(money('0 USD'), [1, 2]))).toEqual(['0.00 USD', '0.00 USD']);
  });

  it('uses computed weights exactly, whatever their length', () => {
    const third = new Decimal(1).div(3);
    expect(parts(allocate(money('1.00 USD'), [third, third, third]))).toEqual(['0.34 USD', '0.33 USD', '0.33 USD']);
  });
});

describe('allocate: a total that is not in minor units', () => {
  it('is refused unless a rounding mode is named', () => {
    expect(() => allocate(money('10.005 USD'), [1, 1])).toThrow(expect.objectContaining({ code: 'allocation/total-not-in-minor-units' }));
  });

  it('is rounded first with the named mode, which the result records', () => {
    // 10.005 → 10.00 half-even (0 is even), → 10.01 half-up.
    const even = allocate(money('10.005 USD'), [1, 1], { rounding: 'half-even' });
    expect(parts(even)).toEqual(['5.00 USD', '5.00 USD']);
    expect(even.rounding).toBe('half-even');
    expect(moneyToString(even.total)).toBe('10.00 USD');
    expect(parts(allocate(money('10.005 USD'), [1, 1], { rounding: 'half-up' }))).toEqual(['5.01 USD', '5.00 USD']);
    expect('rounding' in allocate(money('10 USD'), [1])).toBe(false);
  });
});

describe('allocate: invalid weights', () => {
  const bad: [string, DecimalInput[], string][] = [
    ['no weights', [], 'allocation/no-weights'],
    ['all zero', [0, '0.00'], 'allocation/zero-weights'],
    ['a negative weight', [1, -1, 2], 'allocation/negative-weight'],
    ['NaN', [1, Number.NaN], 'allocation/invalid-weight'],
    ['Infinity', [Number.POSITIVE_INFINITY], 'allocation/invalid-weight'],
    ['a non-number string', ['one third'], 'allocation/invalid-weight'],
    ['a percent string', ['25%'], 'allocation/invalid-weight'],
    ['an infinite Decimal', [new Decimal(Infinity)], 'allocation/invalid-weight'],
  ];
  for (const [what, weights, code] of bad) {
    it(`refuses ${what} with ${code}`, () => {
      try {
        allocate(money('100 USD'), weights);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(FairlodeError);
        expect((e as FairlodeError).code).toBe(code);
      }
    });
  }

  it('refuses an unknown method with a suggestion', () => {
    expect(() => allocate(money('1 USD'), [1], { method: 'largest-remainders' as AllocationMethod })).toThrow(/did you mean "largest-remainder"/);
  });
});

describe('allocate: weight lists reused across calls', () => {
  it('a frozen list is checked once and splits the same every time; a list that is not frozen is read afresh', () => {
    // 100.00 USD by 1:1:1 is 33.34 / 33.33 / 33.33 (hand-checked above); by 2:1:1 it is 50 / 25 / 25.
    const frozen = Object.freeze([new Decimal(1), new Decimal(1), new Decimal(1)]);
    expect(parts(allocate(money('100 USD'), frozen))).toEqual(['33.34 USD', '33.33 USD', '33.33 USD']);
    expect(parts(allocate(money('100 USD'), frozen))).toEqual(['33.34 USD', '33.33 USD', '33.33 USD']);
    expect(allocate(money('100 USD'), frozen).weights.map(String)).toEqual(['1', '1', '1']);
    const open: DecimalInput[] = [1, 1, 1];
    expect(parts(allocate(money('100 USD'), open))).toEqual(['33.34 USD', '33.33 USD', '33.33 USD']);
    open[0] = 2;
    expect(parts(allocate(money('100 USD'), open))).toEqual(['50.00 USD', '25.00 USD', '25.00 USD']);
  });

  it('a frozen list with a bad weight is refused every time, not only the first', () => {
    const bad = Object.freeze([1, -1] as DecimalInput[]);
    expect(() => allocate(money('1 USD'), bad)).toThrow(/negative/);
    expect(() => allocate(money('1 USD'), bad)).toThrow(/negative/);
  });
});

// ---- properties (after Dinero.js's allocation property tests) ----

const CURRENCIES = ['USD', 'JPY', 'KWD', 'CLF'] as const;
const totalArb = fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.constantFrom(...CURRENCIES)).map(([units, code]) => money(new Decimal(units.toString()).div(new Decimal(10).pow(minorUnitOf(code))), code));
const weightsArb = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }).filter((ws) => ws.some((w) => w > 0));
const methodArb = fc.constantFrom<AllocationMethod>('largest-remainder', 'in-order');

const unitsOf = (m: Money) => BigInt(m.amount.times(new Decimal(10).pow(minorUnitOf(m.currency))).toFixed(0));

describe('allocate: properties', () => {
  it('the parts add up exactly to the total', () => {
    fc.assert(fc.property(totalArb, weightsArb, methodArb, (total, ws, method) => {
      const a = allocate(total, ws, { method });
      expect(a.parts.reduce((s, p) => s.plus(p.amount), new Decimal(0)).eq(total.amount)).toBe(true);
      expect(a.parts).toHaveLength(ws.length);
      for (const p of a.parts) expect(p.amount.decimalPlaces()).toBeLessThanOrEqual(minorUnitOf(total.currency));
    }));
  });

  it('largest remainder: each part is strictly within one minor unit of its exact share', () => {
    fc.assert(fc.property(totalArb, weightsArb, (total, ws) => {
      const t = unitsOf(total);
      const sum = BigInt(ws.reduce((s, w) => s + w, 0));
      allocate(total, ws).parts.forEach((p, i) => {
        // |part − t·w/sum| < 1 unit  ⇔  |part·sum − t·w| < sum
        const diff = unitsOf(p) * sum - t * BigInt(ws[i]!);
        expect(diff < sum && -diff < sum).toBe(true);
      });
    }));
  });

  it('in order: each part is at most one minor unit from its exact share', () => {
    fc.assert(fc.property(totalArb, weightsArb, (total, ws) => {
      const t = unitsOf(total);
      const sum = BigInt(ws.reduce((s, w) => s + w, 0));
      allocate(total, ws, { method: 'in-order' }).parts.forEach((p, i) => {
        // |part − t·w/sum| ≤ 1 unit: a party listed early may get a leftover unit on top of a share
        // that was already whole (see the example below), so the bound is not strict here.
        const diff = unitsOf(p) * sum - t * BigInt(ws[i]!);
        expect(diff <= sum && -diff <= sum).toBe(true);
      });
    }));
  });

  it('in order can put a whole share one unit above its exact value; largest remainder cannot', () => {
    // Found by the property above (fast-check seed 1533600579). 0.10 USD over weights summing to
    // 5,120: the exact shares are 1.951…, 1.951…, 1 (512/5120 × 10, exactly), 1.669…, 1.478…,
    // 1.949… cents. Floors: 1 each = 6 cents, so 4 cents are left over.
    // In order they go to parties 1–4, so party 3 gets 2 cents for an exact share of 1 cent.
    // Largest remainder gives them to the remainders .951, .951, .949, .669 (parties 1, 2, 6, 4).
    const ws = [999, 999, 512, 855, 757, 998];
    expect(allocate(money('0.10 USD'), ws, { method: 'in-order' }).parts.map(moneyToString)).toEqual(['0.02 USD', '0.02 USD', '0.02 USD', '0.02 USD', '0.01 USD', '0.01 USD']);
    expect(allocate(money('0.10 USD'), ws).parts.map(moneyToString)).toEqual(['0.02 USD', '0.02 USD', '0.01 USD', '0.02 USD', '0.01 USD', '0.02 USD']);
  });

  it('largest remainder: every leftover unit goes to a remainder at least as large as any passed over', () => {
    fc.assert(fc.property(totalArb.filter((m) => !m.amount.isNegative()), weightsArb, (total, ws) => {
      const t = unitsOf(total);
      const sum = BigInt(ws.reduce((s, w) => s + w, 0));
      const got = allocate(total, ws).parts.map((p, i) => {
        const exact = t * BigInt(ws[i]!); // the share, in units × sum
        return { extra: unitsOf(p) > exact / sum, rem: exact % sum };
      });
      const minGiven = got.filter((g) => g.extra).reduce<bigint | undefined>((m, g) => (m === undefined || g.rem < m ? g.rem : m), undefined);
      const maxPassed = got.filter((g) => !g.extra).reduce<bigint | undefined>((m, g) => (m === undefined || g.rem > m ? g.rem : m), undefined);
      if (minGiven !== undefined && maxPassed !== undefined) expect(minGiven >= maxPassed).toBe(true);
    }));
  });

  it('permuting the parties only moves units between tied remainders', () => {
    fc.assert(fc.property(totalArb, weightsArb.chain((ws) => fc.tuple(fc.constant(ws), fc.shuffledSubarray(ws.map((_, i) => i), { minLength: ws.length, maxLength: ws.length }))), (total, [ws, perm]) => {
      const t = unitsOf(total) < 0n ? -unitsOf(total) : unitsOf(total);
      const sum = BigInt(ws.reduce((s, w) => s + w, 0));
      const rem = (w: number) => (t * BigInt(w)) % sum;
      const a = allocate(total, ws).parts.map(unitsOf);
      const b = allocate(total, perm.map((i) => ws[i]!)).parts.map(unitsOf);
      const byWeight = (parts: bigint[], weights: number[]) => {
        const groups = new Map<number, bigint[]>();
        weights.forEach((w, i) => groups.set(w, [...(groups.get(w) ?? []), parts[i]!].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))));
        return groups;
      };
      const ga = byWeight(a, ws);
      const gb = byWeight(b, perm.map((i) => ws[i]!));
      // Within each class of equal remainders the total is the same; a weight's own parts can only
      // differ if its remainder class straddles the cut (some of the class got a unit, some did not).
      const classTotal = (g: Map<number, bigint[]>) => {
        const totals = new Map<bigint, bigint>();
        for (const [w, ps] of g) totals.set(rem(w), (totals.get(rem(w)) ?? 0n) + ps.reduce((s, p) => s + p, 0n));
        return totals;
      };
      expect(classTotal(gb)).toEqual(classTotal(ga));
      for (const [w, ps] of ga) {
        if (JSON.stringify(ps.map(String)) === JSON.stringify(gb.get(w)!.map(String))) continue;
        const magnitude = (x: bigint) => (x < 0n ? -x : x);
        const sameClass = ws.map((v, i) => ({ v, i })).filter(({ v }) => rem(v) === rem(w));
        const extras = sameClass.filter(({ v, i }) => magnitude(a[i]!) > (t * BigInt(v)) / sum);
        expect(rem(w) > 0n && extras.length > 0 && extras.length < sameClass.length).toBe(true);
      }
    }));
  });

  it('zero weights get zero', () => {
    fc.assert(fc.property(totalArb, weightsArb, methodArb, (total, ws, method) => {
      allocate(total, ws, { method }).parts.forEach((p, i) => {
        if (ws[i] === 0) expect(p.amount.isZero()).toBe(true);
      });
    }));
  });

  it('a negative total mirrors the positive one', () => {
    fc.assert(fc.property(totalArb, weightsArb, methodArb, (total, ws, method) => {
      const negated = money(total.amount.negated(), total.currency);
      const a = allocate(total, ws, { method }).parts;
      const b = allocate(negated, ws, { method }).parts;
      a.forEach((p, i) => expect(b[i]!.amount.eq(p.amount.negated())).toBe(true));
    }));
  });

  it('only the ratios of the weights matter', () => {
    fc.assert(fc.property(totalArb, weightsArb, fc.integer({ min: 1, max: 6 }), methodArb, (total, ws, scale, method) => {
      const shrunk = ws.map((w) => new Decimal(w).div(new Decimal(10).pow(scale)));
      expect(allocate(total, shrunk, { method }).parts.map(moneyToString)).toEqual(allocate(total, ws, { method }).parts.map(moneyToString));
    }));
  });
});
