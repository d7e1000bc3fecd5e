import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FairlodeError } from '../../src/diagnostics/diagnostic.js';
import { choleskyFactor, correlationMatrix, pricePathGenerator, SeededRandom } from '../../src/fiscal/index.js';

describe('SeededRandom (SplitMix64)', () => {
  it('gives the published reference outputs for seed 1234567', () => {
    // Rosetta Code, "Pseudo-random numbers/Splitmix64": the first five outputs for seed 1234567.
    const r = new SeededRandom(1234567n);
    expect([1, 2, 3, 4, 5].map(() => r.nextUint64())).toEqual([
      6457827717110365317n, 3203168211198807973n, 9817491932198370423n, 4593380528125082431n, 16408922859458223821n,
    ]);
  });

  it('gives the reference first output for seed 0 (splitmix64.c: 0xe220a8397b1dcdaf)', () => {
    expect(new SeededRandom(0).nextUint64()).toBe(0xe220a8397b1dcdafn);
  });

  it('takes a seed modulo 2^64 and refuses a non-integer seed', () => {
    expect(new SeededRandom(-1n).nextUint64()).toBe(new SeededRandom((1n << 64n) - 1n).nextUint64());
    expect(() => new SeededRandom(1.5)).toThrow(FairlodeError);
  });

  it('opens stream k at the k-th output of the seed, without stepping through the others', () => {
    // Stream 0 of 1234567 is seeded with its first output 6457827717110365317, stream 2 with its third, 9817491932198370423.
    expect(SeededRandom.stream(1234567n, 0).nextUint64()).toBe(new SeededRandom(6457827717110365317n).nextUint64());
    expect(SeededRandom.stream(1234567n, 2).nextUint64()).toBe(new SeededRandom(9817491932198370423n).nextUint64());
    expect(() => SeededRandom.stream(1, -1)).toThrow(FairlodeError);
  });

  it('draws uniforms in [0, 1): the first for seed 1234567 is its top 53 bits × 2^-53', () => {
    // 6457827717110365317 >> 11 = 3153236189995295, × 2^-53 = 0.35006...
    expect(new SeededRandom(1234567n).nextUniform()).toBe(3153236189995295 * 2 ** -53);
    fc.assert(fc.property(fc.bigInt(), (seed) => { const u = new SeededRandom(seed).nextUniform(); return u >= 0 && u < 1; }));
  });

  it('draws standard normal deviates: mean within 3 standard errors of 0, variance near 1', () => {
    const r = new SeededRandom(42);
    const n = 40_000;
    let s = 0, s2 = 0;
    for (let i = 0; i < n; i++) { const z = r.nextNormal(); s += z; s2 += z * z; }
    // The standard error of the mean of n standard normals is 1/√n = 0.005.
    expect(Math.abs(s / n)).toBeLessThan(3 / Math.sqrt(n));
    // The variance of the sample variance is 2/n: 3 standard errors is 0.0212.
    expect(Math.abs(s2 / n - 1)).toBeLessThan(3 * Math.sqrt(2 / n));
  });
});

describe('correlation', () => {
  it('factors [[1, 0.6], [0.6, 1]] as [[1, 0], [0.6, 0.8]] (0.8 = √(1 − 0.36))', () => {
    const l = choleskyFactor(correlationMatrix(2, 0.6));
    expect(l[0]).toEqual([1, 0]);
    expect(l[1]![0]).toBeCloseTo(0.6, 15);
    expect(l[1]![1]).toBeCloseTo(0.8, 15);
  });

  it('refuses a matrix no prices can have, and a bad entry', () => {
    // Pairwise 0.9, 0.9, −0.9 is not positive semi-definite (determinant 1 − 3·0.81 − 2·0.729 < 0).
    expect(() => choleskyFactor(correlationMatrix(3, [[1, 0.9, 0.9], [0.9, 1, -0.9], [0.9, -0.9, 1]]))).toThrow(/positive semi-definite/);
    expect(() => correlationMatrix(2, 1.5)).toThrow(FairlodeError);
    expect(() => correlationMatrix(2, [[1, 0.2], [0.3, 1]])).toThrow(/symmetric/);
  });
});

describe('pricePathGenerator', () => {
  it('matches E[P_T] = P_0·e^(μT) under GBM: the expected royalty r·q·P_0·e^(μT) within 3 standard errors', () => {
    // Closed form: with a flat royalty r = 5% on q = 60,000 t of copper in year T = 10,
    // P_0 = 8,700 USD/t, μ = 0.03, σ = 0.3: E[royalty] = 0.05 × 60,000 × 8,700 × e^0.3
    // = 26,100,000 × 1.3498588 = 35,231,315 USD.
    const r = 0.05, q = 60_000, p0 = 8_700, mu = 0.03, T = 10;
    const expected = r * q * p0 * Math.exp(mu * T);
    expect(expected).toBeCloseTo(35_231_315, -1);
    const gen = pricePathGenerator({ model: 'gbm', commodities: ['copper'], start: { copper: p0 }, steps: T, volatility: 0.3, drift: mu });
    const random = new SeededRandom(7);
    const royalties: number[] = [];
    for (let i = 0; i < 20_000; i++) royalties.push(r * q * gen.next(random)[0]![T]!);
    const mean = royalties.reduce((a, b) => a + b, 0) / royalties.length;
    const sd = Math.sqrt(royalties.reduce((a, b) => a + (b - mean) ** 2, 0) / (royalties.length - 1));
    const se = sd / Math.sqrt(royalties.length);
    expect(Math.abs(mean - expected)).toBeLessThan(3 * se);
    // The standard deviation matches the closed form too: sd = E·√(e^(σ²T) − 1) = E × 1.1024.
    expect(sd / expected).toBeCloseTo(Math.sqrt(Math.exp(0.09 * T) - 1), 1);
  });

  it('converges: the error of the mean over 64 seeds shrinks about as 1/√n from 500 to 8,000 paths', () => {
    const p0 = 100, mu = 0.05, T = 5, expected = p0 * Math.exp(mu * T);
    const gen = pricePathGenerator({ model: 'gbm', commodities: ['x'], start: { x: p0 }, steps: T, volatility: 0.4, drift: mu });
    const rmsError = (n: number) => {
      let sq = 0;
      for (let seed = 0; seed < 64; seed++) {
        const random = new SeededRandom(1000 + seed);
        let s = 0;
        for (let i = 0; i < n; i++) s += gen.next(random)[0]![T]!;
        sq += (s / n - expected) ** 2;
      }
      return Math.sqrt(sq / 64);
    };
    const small = rmsError(500);
    const large = rmsError(8_000);
    // 16 times the paths: the error should fall by √16 = 4; allow 2.5 to 6.5 for the spread of 64 seeds.
    expect(small / large).toBeGreaterThan(2.5);
    expect(small / large).toBeLessThan(6.5);
  });

  it('gives log-returns with the requested correlation (0.6 ± 0.02 over 20,000 steps)', () => {
    const gen = pricePathGenerator({ model: 'gbm', commodities: ['copper', 'gold'], start: { copper: 8700, gold: 2350 }, steps: 20, volatility: { copper: 0.3, gold: 0.15 }, correlation: 0.6 });
    const random = new SeededRandom(11);
    const xs: number[] = [], ys: number[] = [];
    for (let i = 0; i < 1_000; i++) {
      const [c, g] = gen.next(random);
      for (let t = 1; t <= 20; t++) { xs.push(Math.log(c![t]! / c![t - 1]!)); ys.push(Math.log(g![t]! / g![t - 1]!)); }
    }
    const mx = xs.reduce((a, b) => a + b) / xs.length, my = ys.reduce((a, b) => a + b) / ys.length;
    let sxy = 0, sxx = 0, syy = 0;
    for (let i = 0; i < xs.length; i++) { sxy += (xs[i]! - mx) * (ys[i]! - my); sxx += (xs[i]! - mx) ** 2; syy += (ys[i]! - my) ** 2; }
    // The standard error of a sample correlation near 0.6 over 20,000 pairs is (1 − 0.36)/√20000 = 0.0045.
    expect(Math.abs(sxy / Math.sqrt(sxx * syy) - 0.6)).toBeLessThan(0.02);
    // And each volatility is as asked: 0.3 and 0.15 per year.
    expect(Math.sqrt(sxx / xs.length)).toBeCloseTo(0.3, 2);
    expect(Math.sqrt(syy / ys.length)).toBeCloseTo(0.15, 2);
  });

  it('reverts to the long-run price: after many half-lives the median is P̄ and the log spread σ/√(2κ)', () => {
    // κ = 0.5 (half-life ln 2/0.5 = 1.4 years), σ = 0.2: stationary sd of ln P is 0.2/√1 = 0.2.
    const gen = pricePathGenerator({ model: 'mean-reverting', commodities: ['copper'], start: { copper: 12_000 }, steps: 30, volatility: 0.2, speed: 0.5, longRunMean: 8_000 });
    const random = new SeededRandom(3);
    const logs: number[] = [];
    for (let i = 0; i < 10_000; i++) logs.push(Math.log(gen.next(random)[0]![30]!));
    const m = logs.reduce((a, b) => a + b) / logs.length;
    const sd = Math.sqrt(logs.reduce((a, b) => a + (b - m) ** 2, 0) / logs.length);
    // ln 8000 = 8.98720; the standard error of the mean log is 0.2/100 = 0.002.
    expect(Math.abs(m - Math.log(8_000))).toBeLessThan(0.006);
    expect(sd).toBeCloseTo(0.2, 2);
  });

  it('gives the same paths for the same seed, and refuses wrong options by name', () => {
    const opts = { model: 'gbm', commodities: ['x'], start: { x: 1 }, steps: 3, volatility: 0.2 } as const;
    expect(pricePathGenerator(opts).next(new SeededRandom(5))).toEqual(pricePathGenerator(opts).next(new SeededRandom(5)));
    expect(() => pricePathGenerator({ ...opts, volatility: -1 })).toThrow(/volatility/);
    expect(() => pricePathGenerator({ ...opts, model: 'mean-reverting' })).toThrow(/speed/);
    expect(() => pricePathGenerator({ ...opts, start: {} })).toThrow(/start/);
  });
});
