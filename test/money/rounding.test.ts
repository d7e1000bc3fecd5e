import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FairlodeError } from '../../src/diagnostics/diagnostic.js';
import { Decimal, divideAndRound, isRoundedToMinorUnit, money, moneyToString, parseRoundingMode, roundDecimal, roundMoney, ROUNDING_MODES, type RoundingMode } from '../../src/money/index.js';

// Hand-checked table in the manner of Catala's rounding tests: each value rounded to 2 places
// under each mode. Columns: half-up (ties to +∞), half-down (ties to −∞), half-even,
// half-away-from-zero, half-toward-zero, up (ceiling), down (floor), away-from-zero, toward-zero.
const COLUMNS: RoundingMode[] = ['half-up', 'half-down', 'half-even', 'half-away-from-zero', 'half-toward-zero', 'up', 'down', 'away-from-zero', 'toward-zero'];
const TABLE: [string, ...string[]][] = [
  //  value      h-up     h-down   h-even   h-away   h-toward  up       down     away     toward
  ['2.345',   '2.35',  '2.34',  '2.34',  '2.35',  '2.34',  '2.35',  '2.34',  '2.35',  '2.34'], // exact tie, 4 is even
  ['-2.345',  '-2.34', '-2.35', '-2.34', '-2.35', '-2.34', '-2.34', '-2.35', '-2.35', '-2.34'], // the mirror: "up" is toward +∞
  ['2.355',   '2.36',  '2.35',  '2.36',  '2.36',  '2.35',  '2.36',  '2.35',  '2.36',  '2.35'], // exact tie, 6 is even
  ['-2.355',  '-2.35', '-2.36', '-2.36', '-2.36', '-2.35', '-2.35', '-2.36', '-2.36', '-2.35'],
  ['2.341',   '2.34',  '2.34',  '2.34',  '2.34',  '2.34',  '2.35',  '2.34',  '2.35',  '2.34'], // below half
  ['-2.341',  '-2.34', '-2.34', '-2.34', '-2.34', '-2.34', '-2.34', '-2.35', '-2.35', '-2.34'],
  ['2.349',   '2.35',  '2.35',  '2.35',  '2.35',  '2.35',  '2.35',  '2.34',  '2.35',  '2.34'], // above half
  ['-2.349',  '-2.35', '-2.35', '-2.35', '-2.35', '-2.35', '-2.34', '-2.35', '-2.35', '-2.34'],
  ['2.3450001', '2.35', '2.35', '2.35',  '2.35',  '2.35',  '2.35',  '2.34',  '2.35',  '2.34'], // just above a tie
  ['-2.3449999', '-2.34', '-2.34', '-2.34', '-2.34', '-2.34', '-2.34', '-2.35', '-2.35', '-2.34'], // just short of a tie
  ['2.34',    '2.34',  '2.34',  '2.34',  '2.34',  '2.34',  '2.34',  '2.34',  '2.34',  '2.34'], // already rounded
  ['0.005',   '0.01',  '0',     '0',     '0.01',  '0',     '0.01',  '0',     '0.01',  '0'],
  ['-0.005',  '0',     '-0.01', '0',     '-0.01', '0',     '0',     '-0.01', '-0.01', '0'],    // never "-0"
  ['-0.001',  '0',     '0',     '0',     '0',     '0',     '0',     '-0.01', '-0.01', '0'],
];

describe('rounding modes, exhaustively', () => {
  for (const [value, ...expected] of TABLE) {
    COLUMNS.forEach((mode, i) => {
      it(`${value} → ${expected[i]!} (${mode})`, () => {
        expect(roundDecimal(new Decimal(value), 2, mode).toString()).toBe(expected[i]);
        // The exact-quotient rounding must agree with plain rounding when dividing by one.
        expect(divideAndRound(new Decimal(value), new Decimal(1), 2, mode).toString()).toBe(expected[i]);
      });
    });
  }

  it('-2.345 USD under each mode, as money', () => {
    const results = Object.fromEntries(ROUNDING_MODES.map((mode) => [mode, moneyToString(roundMoney(money('-2.345 USD'), mode))]));
    expect(results).toEqual({
      'half-up': '-2.34 USD', 'half-down': '-2.35 USD', 'half-even': '-2.34 USD', 'half-away-from-zero': '-2.35 USD',
      'half-toward-zero': '-2.34 USD', up: '-2.34 USD', down: '-2.35 USD', 'away-from-zero': '-2.35 USD', 'toward-zero': '-2.34 USD',
    });
  });
});

describe('roundMoney uses the currency minor unit', () => {
  it('JPY has none, KWD three, CLF four', () => {
    // Ties in yen: 2.5 → 2 and 3.5 → 4 half-even; −2.5 → −3 half-down (toward −∞).
    expect(moneyToString(roundMoney(money('2.5 JPY'), 'half-even'))).toBe('2 JPY');
    expect(moneyToString(roundMoney(money('3.5 JPY'), 'half-even'))).toBe('4 JPY');
    expect(moneyToString(roundMoney(money('-2.5 JPY'), 'half-down'))).toBe('-3 JPY');
    expect(moneyToString(roundMoney(money('1234.5 JPY'), 'half-up'))).toBe('1235 JPY');
    // Kuwaiti dinar in fils (1/1000): 1.0005 is a tie.
    expect(moneyToString(roundMoney(money('1.0005 KWD'), 'half-even'))).toBe('1.000 KWD');
    expect(moneyToString(roundMoney(money('1.0005 KWD'), 'half-away-from-zero'))).toBe('1.001 KWD');
    expect(moneyToString(roundMoney(money('0.00005 CLF'), 'half-up'))).toBe('0.0001 CLF');
  });

  it('says whether an amount is already in minor units', () => {
    expect(isRoundedToMinorUnit(money('10.25 USD'))).toBe(true);
    expect(isRoundedToMinorUnit(money('10.250 USD'))).toBe(true);
    expect(isRoundedToMinorUnit(money('10.255 USD'))).toBe(false);
    expect(isRoundedToMinorUnit(money('10.5 JPY'))).toBe(false);
  });
});

describe('mode names are checked', () => {
  it('suggests the likely mode', () => {
    expect(parseRoundingMode('half_up')).toMatchObject({ ok: false, problem: { code: 'rounding/unknown-mode', hint: 'did you mean "half-up"?' } });
    expect(parseRoundingMode('HALF-EVEN')).toMatchObject({ ok: false, problem: { hint: 'did you mean "half-even"?' } });
    expect(() => roundDecimal(new Decimal(1), 2, 'bankers' as RoundingMode)).toThrow(FairlodeError);
    expect(() => roundDecimal(new Decimal(1), -1, 'up')).toThrow(/decimal places/);
  });
});

describe('divideAndRound', () => {
  it('rounds the exact quotient once', () => {
    // 100 / 278.40 = 0.359195402298…: 0.36 to cents in every nearest mode.
    expect(divideAndRound(new Decimal('100'), new Decimal('278.40'), 2, 'half-even').toString()).toBe('0.36');
    // 1 / 8 = 0.125 exactly: a true tie at two places.
    expect(divideAndRound(new Decimal(1), new Decimal(8), 2, 'half-even').toString()).toBe('0.12');
    expect(divideAndRound(new Decimal(1), new Decimal(8), 2, 'half-up').toString()).toBe('0.13');
    expect(divideAndRound(new Decimal(-1), new Decimal(8), 2, 'half-up').toString()).toBe('-0.12');
    expect(divideAndRound(new Decimal(1), new Decimal(-8), 2, 'down').toString()).toBe('-0.13');
    expect(divideAndRound(new Decimal(2), new Decimal(3), 0, 'toward-zero').toString()).toBe('0');
    expect(() => divideAndRound(new Decimal(1), new Decimal(0), 2, 'up')).toThrow(/by zero/);
  });

  it('agrees with rounding a long quotient wherever the quotient is far from a tie', () => {
    const dec = fc.tuple(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.integer({ min: 0, max: 6 })).map(([n, s]) => new Decimal(`${n}e-${s}`));
    fc.assert(fc.property(dec, dec.filter((d) => !d.isZero()), fc.integer({ min: 0, max: 4 }), fc.constantFrom(...ROUNDING_MODES), (a, b, places, mode) => {
      const q = a.div(b); // 50 significant digits
      const ours = divideAndRound(a, b, places, mode);
      // A 50-digit quotient can only mislead plain rounding within 1e-40 of a rounding boundary.
      const boundaryDistance = q.times(new Decimal(10).pow(places)).mod(new Decimal('0.5')).abs();
      fc.pre(boundaryDistance.gt('1e-30') && boundaryDistance.lt(new Decimal('0.5').minus('1e-30')));
      expect(ours.toString()).toBe(roundDecimal(q, places, mode).toString());
    }));
  });
});
