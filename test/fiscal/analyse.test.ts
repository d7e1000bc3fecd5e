import { describe, expect, it } from 'vitest';
import {
  analyse, analysePriceDeck, flatPriceDeck, loadPlan, scaledPriceDeck, npv, irr, partyGroups, periodRate,
  type FiscalAnalysis, type FiscalRatio,
} from '../../src/fiscal/index.js';
import { Decimal } from '../../src/money/index.js';
import { chagai, mini, MINI_PLAN } from './fixtures.js';

function ok<T>(r: { ok: true; value: T } | { ok: false; diagnostics: { message: string }[] }): T {
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return r.value;
}

function ratio(r: FiscalRatio): Decimal {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe('analyse: a contract small enough to check by hand', () => {
  // Pre-fiscal: −1000 (build), then 10 t × 100 − 200 = 800 twice. The state takes a 5% royalty,
  // 50 a year; the investor, the sole shareholder, gets the rest (no retention, no tax).
  const { contract, plan } = mini();
  const a = ok(analyse(contract, plan));

  it('cash flows per period, exact', () => {
    expect(a.cashFlows.preFiscal.flows.map(String)).toEqual(['-1000', '800', '800']);
    expect(a.cashFlows.government.flows.map(String)).toEqual(['0', '50', '50']);
    expect(a.cashFlows.investor.flows.map(String)).toEqual(['-1000', '750', '750']);
    expect(a.cashFlows.governmentStreams.map((s) => s.label)).toEqual(['royalties']);
  });

  it('government take 100 / 600; discounted at 10%: (50/1.1 + 50/1.21) / (−1000 + 800/1.1 + 800/1.21)', () => {
    expect(ratio(a.metrics.governmentTake).toString()).toBe(new Decimal(100).div(600).toString());
    const pvGov = new Decimal(50).div('1.1').plus(new Decimal(50).div('1.21'));
    const pvPre = new Decimal(-1000).plus(new Decimal(800).div('1.1')).plus(new Decimal(800).div('1.21'));
    expect(ratio(a.metrics.discountedGovernmentTake).toFixed(30)).toBe(pvGov.div(pvPre).toFixed(30));
    // The AETR defaults to the hurdle rate, which defaults to the discount rate: the same figure.
    expect(ratio(a.metrics.aetr).toFixed(30)).toBe(pvGov.div(pvPre).toFixed(30));
    expect(ratio(a.metrics.effectiveRoyaltyRate).toString()).toBe('0.05');
  });

  it('NPVs and IRRs agree with npv and irr on the same flows', () => {
    expect(a.metrics.investor.npv.toString()).toBe(npv('0.1', ['-1000', '750', '750']).toString());
    expect(a.metrics.investor.irr).toEqual(irr(['-1000', '750', '750']));
    expect(a.metrics.project.npv.toString()).toBe(npv('0.1', ['-1000', '800', '800']).toString());
    // The state never pays anything, so it has no IRR: a reason, not a number.
    expect(a.metrics.state.irr).toMatchObject({ ok: false, reason: 'no-sign-change' });
    expect(a.metrics.investor.payback).toMatchObject({ ok: true, period: 2 });
  });

  it('breakeven: −1000 + (9.5P − 200)(1/1.1 + 1/1.21) = 0 gives P = 81.704…, found as 81.71 to the cent', () => {
    const b = a.breakeven;
    if (!b?.ok) throw new Error('no breakeven');
    expect(b.price.amount.toString()).toBe('81.71');
    expect(b.investorNpv.isNegative()).toBe(false);
    expect(b.npvBelow.isNegative()).toBe(true);
    expect(b.evaluations).toBeLessThan(10);
  });

  it('rates are options; AETR at its own rate', () => {
    const b = ok(analyse(contract, plan, { discountRate: '0.05', hurdleRate: '0.15', aetrRate: '0', breakeven: false }));
    expect(ratio(b.metrics.aetr).toString()).toBe(ratio(b.metrics.governmentTake).toString());
    expect(b.metrics.investor.npv.toString()).toBe(npv('0.15', ['-1000', '750', '750']).toString());
    expect(b.conventions.discountRate.toString()).toBe('0.05');
    expect(b.breakeven).toBeUndefined();
  });

  it('the spreadsheet timing discounts every flow one period more', () => {
    const b = ok(analyse(contract, plan, { firstFlowAt: 1, breakeven: false }));
    expect(b.metrics.investor.npv.toString()).toBe(npv('0.1', ['-1000', '750', '750'], { firstFlowAt: 1 }).toString());
  });

  it('a price scenario replaces the plan\'s prices', () => {
    const b = ok(analyse(contract, plan, { prices: { flat: { ore: '200 USD/t' } }, breakeven: false }));
    expect(b.cashFlows.grossRevenue.flows.map(String)).toEqual(['0', '2000', '2000']);
    const c = ok(analyse(contract, plan, { prices: { scale: '0.5' }, breakeven: false }));
    expect(c.cashFlows.grossRevenue.flows.map(String)).toEqual(['0', '500', '500']);
    expect(c.scenario.label).toBe('plan prices × 0.5');
  });

  it('a monthly plan converts the annual rates to months and annualises the IRRs', () => {
    const monthly = MINI_PLAN.replace('"2027"', '"2027-01"').replace('"2028"', '"2027-02"').replace('"2029"', '"2027-03"');
    const m = mini(monthly);
    const r = ok(analyse(m.contract, m.plan, { breakeven: false }));
    expect(r.conventions.periodsPerYear).toBe(12);
    const monthlyRate = periodRate(new Decimal('0.1'), 12);
    expect(r.metrics.investor.npv.toString()).toBe(npv(monthlyRate, ['-1000', '750', '750']).toString());
    const perMonth = irr(['-1000', '750', '750']);
    if (!perMonth.ok || !r.metrics.investor.irr.ok) throw new Error('irr');
    expect(r.metrics.investor.irr.value.toFixed(15)).toBe(perMonth.value.plus(1).pow(12).minus(1).toFixed(15));
  });

  it('refuses a plan for another contract, and a rate at −100%', () => {
    const wrong = mini(MINI_PLAN.replace('contract: mini', 'contract: mini'));
    const other = { ...wrong.plan.plan, contract: 'other' };
    expect(analyse(contract, other).diagnostics[0]).toMatchObject({ code: 'fiscal/wrong-contract' });
    expect(analyse(contract, plan, { discountRate: '-1' }).diagnostics[0]).toMatchObject({ code: 'fiscal/rate-out-of-range' });
    expect(analyse(contract, plan, { investors: ['nobody'] }).diagnostics[0]).toMatchObject({ code: 'fiscal/unknown-party' });
    expect(analyse(contract, plan, { breakeven: { commodity: 'gold' } }).diagnostics[0]).toMatchObject({ code: 'fiscal/unknown-commodity' });
  });
});

describe('analyse: the Chagai example over its 30-year plan', () => {
  const { contract, plan } = chagai();
  let a: FiscalAnalysis;

  it('refuses the years after the term unless told to extend it, pointing at the first of them', () => {
    const r = analyse(contract, plan);
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ code: 'fiscal/beyond-term', file: 'examples/plans/chagai-partnership.yaml', path: ['periods', 26, 'period'] });
    a = ok(analyse(contract, plan, { beyondTerm: 'extend' }));
    expect(a.conventions.termExtendedTo).toBe('2055-06-30');
    const warned = analyse(contract, plan, { beyondTerm: 'extend', breakeven: false });
    // The plan does not say which sales are exported, so the raw-export levy (from 2031) warns each period.
    expect(warned.diagnostics.map((d) => d.code).filter((c) => c !== 'payout/export-unknown')).toEqual(['fiscal/term-extended', 'payout/period-straddles-term']);
    expect(warned.diagnostics.some((d) => d.code === 'payout/export-unknown')).toBe(true);
  });

  it('every period adds up: pre-fiscal = government + investor + community + other + retained, to the cent', () => {
    const cf = a.cashFlows;
    a.periods.forEach((_, i) => {
      const sum = [cf.government, cf.investor, cf.community, cf.other, cf.retained].reduce((s, x) => s.plus(x.flows[i]!), new Decimal(0));
      expect(sum.toString()).toBe(cf.preFiscal.flows[i]!.toString());
    });
    // The company's cash is all paid out by the end: what it retained it distributed.
    expect(cf.retained.total.toString()).toBe('0');
    // Government streams add up to government take.
    a.periods.forEach((_, i) => {
      const streams = cf.governmentStreams.reduce((s, x) => s.plus(x.flows[i]!), new Decimal(0));
      expect(streams.toString()).toBe(cf.government.flows[i]!.toString());
    });
    // 'other' holds the raw-export levy (§18.5), computed since the plan states its exports.
    expect(cf.governmentStreams.map((s) => s.label)).toEqual(['royalties', 'income-tax', 'bonuses', 'state-equity', 'other']);
  });

  it('groups the parties by role: community funds apart unless counted', () => {
    expect(a.conventions.groups.government).toEqual(['fwo', 'gop', 'gob', 'chagai-district', 'gsp']);
    expect(a.conventions.groups.investor).toEqual(['investor']);
    expect(a.conventions.groups.community).toEqual(['cdf']);
    const counted = ok(analyse(contract, plan, { beyondTerm: 'extend', breakeven: false, government: { communityFunds: true } }));
    expect(counted.cashFlows.government.total.toString()).toBe(a.cashFlows.government.total.plus(a.cashFlows.community.total).toString());
    expect(counted.cashFlows.governmentStreams.map((s) => s.label)).toContain('community-funds');
    expect(partyGroups(contract.contract, { exclude: ['fwo'] }).other).toEqual(['fwo']);
  });

  it('retaining the closing cash keeps it out of every party\'s flows', () => {
    const kept = ok(analyse(contract, plan, { beyondTerm: 'extend', breakeven: false, closingReserve: 'retain' }));
    expect(kept.cashFlows.retained.total.isPositive()).toBe(true);
    expect(kept.cashFlows.investor.total.lt(a.cashFlows.investor.total)).toBe(true);
  });

  it('metrics are in range and the breakeven price sits between zero and the plan price', () => {
    const take = ratio(a.metrics.governmentTake);
    expect(take.gt(0) && take.lt(1)).toBe(true);
    const royalty = ratio(a.metrics.effectiveRoyaltyRate);
    // Copper pays a sliding 4–10% (incremental), gold 5% of NSR: the blend lies between.
    expect(royalty.gt('0.04') && royalty.lt('0.1')).toBe(true);
    expect(a.metrics.investor.irr.ok).toBe(true);
    const b = a.breakeven;
    if (!b?.ok) throw new Error('no breakeven');
    expect(b.commodity).toBe('copper');
    expect(b.price.amount.gt(0) && b.price.amount.lt(8700)).toBe(true);
  });
});

describe('analysePriceDeck', () => {
  const { contract, plan } = mini();

  it('tabulates one row per scenario and classifies the AETR: a flat royalty is regressive in the AETR', () => {
    // A royalty on revenue takes a falling share of a rent that grows faster than revenue.
    const deck = ok(analysePriceDeck(contract, plan, flatPriceDeck('ore', ['90 USD/t', '100 USD/t', '150 USD/t']), { breakeven: false }));
    expect(deck.rows.map((r) => r.scenario.label)).toEqual(['ore 90 USD/t', 'ore 100 USD/t', 'ore 150 USD/t']);
    expect(deck.progressivity).toBe('regressive');
    expect(deck.rows.map((r) => ratio(r.effectiveRoyaltyRate).toString())).toEqual(['0.05', '0.05', '0.05']);
    expect(deck.breakeven).toBeUndefined();
  });

  it('the Chagai contract with its sliding royalty and windfall share is progressive above the middle of the deck', () => {
    const c = chagai();
    // Without the plan's exports the raw-export levy (a flat share of gross value) is not computed.
    const bare = loadPlan(c.plan.source.text.replace(/^exports:\n(  .*\n)+/m, ''), { filename: 'plan.yaml', contract: c.contract.contract });
    if (!bare.ok) throw new Error('plan');
    const deck = ok(analysePriceDeck(c.contract, bare.value, scaledPriceDeck(['1', '1.2', '1.4']), { beyondTerm: 'extend', breakeven: false }));
    const aetrs = deck.rows.map((r) => ratio(r.aetr));
    expect(aetrs[2]!.gt(aetrs[1]!) && aetrs[1]!.gt(aetrs[0]!)).toBe(true);
    expect(deck.progressivity).toBe('progressive');
    // With it, a levy on gross value that does not rise with price makes the take mixed.
    expect(ok(analysePriceDeck(c.contract, c.plan, scaledPriceDeck(['1', '1.2', '1.4']), { beyondTerm: 'extend', breakeven: false })).progressivity).toBe('mixed');
  });

  it('solves the breakeven once, under the base prices', () => {
    const deck = ok(analysePriceDeck(contract, plan, flatPriceDeck('ore', ['100 USD/t'])));
    expect(deck.breakeven?.ok && deck.breakeven.price.amount.toString()).toBe('81.71');
  });

  it('refuses a bad price in the deck', () => {
    expect(analysePriceDeck(contract, plan, [{ flat: { ore: '100 USD per t' } }]).ok).toBe(false);
  });
});
