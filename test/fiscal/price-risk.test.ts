import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FairlodeError } from '../../src/diagnostics/diagnostic.js';
import { createHash } from 'node:crypto';
import { analyse, distributionOf, nearestRank, preparePriceRisk, pricePathGenerator, priceRisk, priceRiskPaths, runPricePaths, SeededRandom, summarisePriceRisk } from '../../src/fiscal/index.js';
import { Decimal } from '../../src/money/index.js';
import { chagai, mini } from './fixtures.js';

describe('nearestRank and distributionOf', () => {
  it('takes the ⌈p·n/100⌉-th smallest value: of 1..10, P10 = 1, P50 = 5, P90 = 9', () => {
    const v = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((x) => new Decimal(x));
    expect([10, 50, 90, 100].map((p) => nearestRank(v, p).toString())).toEqual(['1', '5', '9', '10']);
  });

  it('gives mean, sample standard deviation and counts the undefined apart', () => {
    // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squares 32, sample variance 32/7, sd 2.138089935...
    const d = distributionOf([2, 4, 4, 4, 5, 5, 7, 9].map((x) => new Decimal(x)).concat([undefined as unknown as Decimal]));
    expect(d.count).toBe(8);
    expect(d.undefinedPaths).toBe(1);
    expect(d.mean!.toString()).toBe('5');
    expect(d.standardDeviation!.toFixed(9)).toBe('2.138089935');
    expect([d.p10, d.p50, d.p90].map((x) => x!.toString())).toEqual(['2', '4', '9']);
  });
});

describe('priceRisk', () => {
  it('with no volatility, every path is the drift curve rounded to the cent, analysed exactly', () => {
    // Mini plan: 10 t of ore in 2028 and 2029, a 5% royalty to the state, discount 10%, first flow undiscounted.
    // Drift 10%: 2028 price 100·e^0.1 = 110.517… → 110.52; 2029 100·e^0.2 = 122.140… → 122.14.
    // State NPV = 0.05·10·110.52/1.1 + 0.05·10·122.14/1.21 = 55.26/1.1 + 61.07/1.21
    //           = 50.236363… + 50.471074… = 100.707438016…
    const { contract, plan } = mini();
    const r = priceRisk(contract, plan, { paths: 3, seed: 1, model: 'gbm', volatility: 0, drift: 0.1 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const expected = new Decimal('55.26').div('1.1').plus(new Decimal('61.07').div('1.21'));
    // Each path's NPV is the engine's, at 50 significant digits: compare to 30 places.
    expect(r.value.stateNpv.p10!.toFixed(30)).toBe(expected.toFixed(30));
    expect(r.value.stateNpv.p90!.toFixed(30)).toBe(expected.toFixed(30));
    expect(r.value.stateNpv.p10!.eq(r.value.stateNpv.p90!)).toBe(true);
    expect(r.value.stateNpv.standardDeviation!.isZero()).toBe(true);
    expect(r.value.riskShare).toBeUndefined();
    expect(r.value.priceBands['ore']!.map((b) => b.p50.toString())).toEqual(['100', '110.52', '122.14']);
    expect(r.value.probabilityStateNpvBelowZero.isZero()).toBe(true);
  });

  it('with no volatility and no drift, agrees with analyse on the plan prices', () => {
    const { contract, plan } = mini();
    const a = analyse(contract, plan, { breakeven: false });
    const r = priceRisk(contract, plan, { paths: 2, seed: 9, model: 'gbm', volatility: 0 });
    if (!a.ok || !r.ok) throw new Error('analysis failed');
    // The percentiles are path values, exactly the engine's; so is the mean when every path agrees.
    expect(r.value.stateNpv.p50!.eq(a.value.metrics.state.npv)).toBe(true);
    expect(r.value.investorNpv.p90!.eq(a.value.metrics.investor.npv)).toBe(true);
    expect(r.value.stateNpv.mean!.eq(a.value.metrics.state.npv)).toBe(true);
    expect(r.value.governmentTake.p50!.eq((a.value.metrics.governmentTake as { value: Decimal }).value)).toBe(true);
  });

  it('matches the closed form through the fiscal engine: mean state NPV within 3 standard errors of 0.5·Σ 100·e^(μt)/1.1^t', () => {
    // Under GBM E[P_t] = 100·e^(μt); the royalty is linear in price, so E[state NPV] = 0.5·(100e^μ/1.1 + 100e^(2μ)/1.21).
    // μ = 0.05: 0.5·(105.1271/1.1 + 110.5171/1.21) = 47.7850 + 45.6682 = 93.4532. (Rounding to the cent moves it by < 0.01.)
    const { contract, plan } = mini();
    const mu = 0.05;
    const expected = 0.5 * ((100 * Math.exp(mu)) / 1.1 + (100 * Math.exp(2 * mu)) / 1.21);
    const r = priceRisk(contract, plan, { paths: 4000, seed: 2026, model: 'gbm', volatility: 0.3, drift: mu });
    if (!r.ok) throw new Error('analysis failed');
    const { mean, standardDeviation, count } = r.value.stateNpv;
    const se = standardDeviation!.toNumber() / Math.sqrt(count);
    expect(Math.abs(mean!.toNumber() - expected)).toBeLessThan(3 * se + 0.01);
    // The investor bears most of this risk: it takes 95% of revenue and all the cost.
    expect(r.value.riskShare!.investor.gt('0.9')).toBe(true);
    expect(r.value.riskShare!.state.plus(r.value.riskShare!.investor).eq(1)).toBe(true);
  });

  it('is byte-identical for a seed and differs for another (Chagai, 30 years, two correlated commodities)', () => {
    const { contract, plan } = chagai();
    const opts = { paths: 20, seed: 7, model: 'gbm', volatility: { copper: 0.3, gold: 0.15 }, correlation: 0.5, beyondTerm: 'extend' } as const;
    const a = priceRisk(contract, plan, opts);
    const b = priceRisk(contract, plan, opts);
    const c = priceRisk(contract, plan, { ...opts, seed: 8 });
    if (!a.ok || !b.ok || !c.ok) throw new Error('analysis failed');
    expect(JSON.stringify(a.value)).toBe(JSON.stringify(b.value));
    expect(JSON.stringify(a.value)).not.toBe(JSON.stringify(c.value));
    expect(a.value.commodities).toEqual(['copper', 'gold']);
    expect(a.value.priceBands['copper']!).toHaveLength(30);
    expect(a.value.priceBands['copper']![0]!.p50.toString()).toBe('8700');
    expect(a.diagnostics.some((d) => d.code === 'fiscal/term-extended')).toBe(true);
  });

  it('draws path k from stream k: the first n paths are the same whatever the number of paths', () => {
    // One path with no drift: its price bands are that path's prices; they must be path 0's of a longer run.
    const { contract, plan } = mini();
    const one = priceRisk(contract, plan, { paths: 1, seed: 5, model: 'gbm', volatility: 0.3 });
    if (!one.ok) throw new Error('analysis failed');
    const gen = pricePathGenerator({ model: 'gbm', commodities: ['ore'], start: { ore: 100 }, steps: 2, volatility: 0.3 });
    const path0 = gen.next(SeededRandom.stream(5, 0))[0]!;
    expect(one.value.priceBands['ore']!.map((b) => b.p50.toString())).toEqual([...path0].map((x) => new Decimal(x).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toString()));
  });

  it('gives the same result from paths split between workers, in any order', () => {
    const { contract, plan } = mini();
    const opts = { paths: 12, seed: 99, model: 'gbm', volatility: 0.35, drift: 0.01 } as const;
    const whole = priceRisk(contract, plan, opts);
    const a = priceRiskPaths(contract, plan, opts, { first: 0, count: 5 });
    const b = priceRiskPaths(contract, plan, opts, { first: 5, count: 7 });
    if (!whole.ok || !a.ok || !b.ok) throw new Error('analysis failed');
    expect(JSON.stringify(summarisePriceRisk([b.value, a.value]))).toBe(JSON.stringify(whole.value));
    expect(() => summarisePriceRisk([b.value])).toThrow(/path 0 is missing/);
    expect(() => priceRiskPaths(contract, plan, opts, { first: 10, count: 5 })).toThrow(/range/);
  });

  it('runs the mean-reverting model, and refuses wrong options by name', () => {
    const { contract, plan } = mini();
    const r = priceRisk(contract, plan, { paths: 50, seed: 1, model: 'mean-reverting', volatility: 0.2, speed: 0.5, longRunMean: 80 });
    expect(r.ok).toBe(true);
    expect(() => priceRisk(contract, plan, { paths: 0, seed: 1, model: 'gbm', volatility: 0.2 })).toThrow(/paths/);
    expect(() => priceRisk(contract, plan, { paths: 5, seed: 0.5, model: 'gbm', volatility: 0.2 })).toThrow(FairlodeError);
    expect(() => priceRisk(contract, plan, { paths: 5, seed: 1, model: 'gbm', volatility: 0.2, commodities: ['gold'] })).toThrow(/commodities/);
  });

  it('refuses the Chagai plan beyond the term unless extended, with a located diagnostic', () => {
    const { contract, plan } = chagai();
    const r = priceRisk(contract, plan, { paths: 2, seed: 1, model: 'gbm', volatility: 0.3 });
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]!.code).toBe('fiscal/beyond-term');
  });

  it('counts the investor below its IRR hurdle: flows −1000, 750, 750 have IRR 31.87%', () => {
    // Mini plan at plan prices: revenue 1,000, royalty 50, operating 200: the investor gets 750 in
    // 2028 and 2029 after 1,000 of capital in 2027. 750x² + 750x − 1000 = 0 at x = 1/(1+r):
    // x = (−750 + √3,562,500)/1,500 = 0.758306, r = 0.318729.
    const { contract, plan } = mini();
    const at = (irrHurdle: string) => {
      const r = priceRisk(contract, plan, { paths: 3, seed: 1, model: 'gbm', volatility: 0, irrHurdle });
      if (!r.ok) throw new Error('analysis failed');
      return r.value;
    };
    expect(at('0.3187').investorIrr.p50!.toFixed(6)).toBe('0.318729');
    expect(at('0.3187').probabilityInvestorIrrBelowHurdle.toString()).toBe('0');
    expect(at('0.3188').probabilityInvestorIrrBelowHurdle.toString()).toBe('1');
  });

  it('orders P10 ≤ P50 ≤ P90 and gives the same result for the same seed, whatever the seed', () => {
    const { contract, plan } = mini();
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.double({ min: 0, max: 0.8, noNaN: true }), (seed, volatility) => {
      const opts = { paths: 15, seed, model: 'gbm', volatility } as const;
      const a = priceRisk(contract, plan, opts);
      const b = priceRisk(contract, plan, opts);
      if (!a.ok || !b.ok) return false;
      const d = a.value.investorNpv;
      return d.p10!.lte(d.p50!) && d.p50!.lte(d.p90!) && JSON.stringify(a.value) === JSON.stringify(b.value);
    }), { numRuns: 25 });
  });
});

describe('a price-risk run prepared once and run in batches (what each worker thread does)', () => {
  const opts = { paths: 8, seed: 2026, model: 'gbm', volatility: { copper: 0.3, gold: 0.15 }, correlation: 0.5, beyondTerm: 'extend' } as const;

  it('gives the one-shot result byte for byte, with the same diagnostics, however the batches fall', () => {
    const { contract, plan } = chagai();
    const whole = priceRisk(contract, plan, opts);
    const prepared = preparePriceRisk(contract, plan, opts);
    if (!whole.ok || !prepared.ok) throw new Error('analysis failed');
    // One prepared run, reused for three batches taken out of order.
    const runs = [{ first: 5, count: 3 }, { first: 0, count: 1 }, { first: 1, count: 4 }].map((range) => {
      const run = runPricePaths(prepared.value, range);
      if (!run.ok) throw new Error('a batch failed');
      return run;
    });
    expect(JSON.stringify(summarisePriceRisk(runs.map((r) => r.value)))).toBe(JSON.stringify(whole.value));
    // The batch that starts at path 0 carries the diagnostics of the one-shot run.
    expect(JSON.stringify(runs[1]!.diagnostics)).toBe(JSON.stringify(whole.diagnostics));
    // All the paths in one batch, from the same prepared run once more.
    const all = runPricePaths(prepared.value);
    if (!all.ok) throw new Error('the run failed');
    expect(JSON.stringify(summarisePriceRisk([all.value]))).toBe(JSON.stringify(whole.value));
    expect(() => runPricePaths(prepared.value, { first: 6, count: 3 })).toThrow(/range/);
    expect(() => runPricePaths({} as never)).toThrow(FairlodeError);
  });

  it('keeps every figure of the Chagai run exactly as before the fold and the IRR were made faster', () => {
    // Pinned from the code before the speed work of issue 17 (commit 5ed933f), which computed the
    // same figures without a prepared run, a floating-point sign filter or cached contract checks:
    // any change in any digit of the 8 paths changes this digest.
    const { contract, plan } = chagai();
    const r = priceRisk(contract, plan, opts);
    if (!r.ok) throw new Error('analysis failed');
    expect(r.value.investorIrr.p50!.toString()).toBe('0.26609982902027320285');
    expect(r.value.stateIrr.p10!.toString()).toBe('-0.255307889331975839807');
    expect(r.value.stateNpv.p50!.toString()).toBe('2644009081.4646752126535860390037100019645862755503');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['fiscal/term-extended', 'payout/export-unknown', 'payout/export-unknown', 'payout/period-straddles-term']);
    expect(createHash('sha256').update(JSON.stringify(r.value)).digest('hex')).toBe('54f7190d8a4aa9facced34422a74870fadc4e20b9649ee9021df6e68d0971d61');
  });
});

describe('a run of paths as plain data (for worker threads)', () => {
  it('crosses structuredClone and reads back to the same summary, digit for digit', async () => {
    const { pricePathRunFromPlain, pricePathRunToPlain } = await import('../../src/fiscal/index.js');
    const { contract, plan } = chagai();
    const opts = { paths: 6, seed: 11, model: 'gbm', volatility: { copper: 0.3, gold: 0.15 }, correlation: 0.5, beyondTerm: 'extend' } as const;
    const whole = priceRisk(contract, plan, opts);
    const a = priceRiskPaths(contract, plan, opts, { first: 0, count: 4 });
    const b = priceRiskPaths(contract, plan, opts, { first: 4, count: 2 });
    if (!whole.ok || !a.ok || !b.ok) throw new Error('analysis failed');
    const sent = [b, a].map((r) => pricePathRunFromPlain(structuredClone(pricePathRunToPlain(r.value))));
    expect(JSON.stringify(summarisePriceRisk(sent))).toBe(JSON.stringify(whole.value));
    // A Decimal sent as is would arrive as a plain object: the exact text is what crosses.
    expect(typeof pricePathRunToPlain(a.value).outcomes[0]!.stateNpv).toBe('string');
    expect(() => pricePathRunFromPlain(null as never)).toThrow(FairlodeError);
  });
});
