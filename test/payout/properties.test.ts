// Properties of the payout engine over random contracts and actuals (fast-check): every statement
// balances to the minor unit, no payment is negative, the order of parties in the file changes no
// amount, reordering holdings moves at most the documented tie-break cents, and the same input
// gives byte-identical JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computePayouts,
  Decimal,
  formatPayoutJson,
  loadActuals,
  loadContract,
  ROUNDING_MODES,
  type ActualsInput,
  type ContractInput,
  type PayoutStatement,
} from 'fairlode';

const pct = (basisPoints: number) => `${new Decimal(basisPoints).div(100).toString()}%`;

/** Integer weights → basis points summing to exactly 10,000. */
function basisPoints(weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const bp = weights.map((w) => Math.floor((w * 10000) / sum));
  bp[bp.length - 1]! += 10000 - bp.reduce((a, b) => a + b, 0);
  return bp;
}

const PARTIES = [
  { id: 'investor', name: 'Investor', role: 'investor' },
  { id: 'partner', name: 'Partner', role: 'investor' },
  { id: 'state', name: 'State', role: 'host-government', level: 'national' },
  { id: 'county', name: 'County', role: 'subnational-government', level: 'provincial' },
  { id: 'community', name: 'Community', role: 'community-entity', level: 'community' },
  { id: 'se-a', name: 'SE A', role: 'state-enterprise' },
  { id: 'se-b', name: 'SE B', role: 'state-enterprise' },
  { id: 'se-c', name: 'SE C', role: 'state-enterprise' },
];
const UNIT: Record<string, string> = { copper: 't', gold: 'ozt' };
const PRICE: Record<string, [number, number]> = { copper: [3000, 12000], gold: [1500, 5000] };

const royaltyOf = (commodity: string, kind: string, rateBp: number, onNsr: boolean, edge: string) => {
  const [low, high] = PRICE[commodity]!;
  const u = UNIT[commodity]!;
  const base = { id: `${commodity}-royalty`, commodity, payee: 'state' };
  const on = onNsr ? { base: 'net-smelter-return' } : {};
  const lo = Math.round(low + (high - low) / 3);
  const hi = Math.round(low + ((high - low) * 2) / 3);
  switch (kind) {
    case 'rate': return { ...base, ...on, rate: pct(rateBp) };
    case 'per-unit': return { ...base, base: 'quantity', perUnit: `${(rateBp / 10).toFixed(1)} USD/${u}` };
    default: return { ...base, ...on, sliding: { mode: kind, edge, bands: [{ upTo: `${lo} USD/${u}`, rate: pct(rateBp) }, { upTo: `${hi} USD/${u}`, rate: pct(rateBp + 150) }, { rate: pct(rateBp + 400) }] } };
  }
};

const contractArb = fc.record({
  mode: fc.constantFrom(...ROUNDING_MODES),
  method: fc.constantFrom('largest-remainder', 'in-order'),
  startMonth: fc.constantFrom(1, 4, 7, 10),
  commodities: fc.subarray(['copper', 'gold'], { minLength: 1 }),
  royaltyKinds: fc.tuple(fc.constantFrom('rate', 'incremental', 'whole-value', 'per-unit'), fc.constantFrom('rate', 'incremental', 'whole-value', 'per-unit')),
  royaltyBp: fc.integer({ min: 25, max: 1000 }),
  edge: fc.constantFrom('next-band', 'this-band'),
  nsr: fc.option(fc.record({ cap: fc.option(fc.integer({ min: 100, max: 3000 })) })),
  fund: fc.option(fc.record({ base: fc.constantFrom('gross-revenue', 'net-smelter-return', 'royalty', 'net-profit'), rateBp: fc.integer({ min: 10, max: 300 }), min: fc.option(fc.integer({ min: 1, max: 5_000_000 })), max: fc.option(fc.integer({ min: 5_000_000, max: 50_000_000 })) })),
  split: fc.option(fc.tuple(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 80 }))),
  windfall: fc.option(fc.integer({ min: 500, max: 5000 })),
  tax: fc.option(fc.record({ rateBp: fc.integer({ min: 500, max: 4000 }), straight: fc.boolean(), years: fc.integer({ min: 1, max: 8 }), lcf: fc.option(fc.integer({ min: 0, max: 5 })) })),
  holdings: fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 3, maxLength: 3 }),
  equalParts: fc.boolean(),
  carried: fc.option(fc.integer({ min: 0, max: 1500 })),
  retainBp: fc.integer({ min: 0, max: 3000 }),
  countyPaidInZmw: fc.boolean(),
}).map((g): ContractInput => {
  const holders = ['investor', 'partner', 'state'];
  const weights = g.equalParts ? [...g.holdings, 20] : g.holdings;
  const bp = basisPoints(weights);
  const ownership = bp.map((b, i) => (i < 3
    ? { party: holders[i]!, share: pct(b), ...(i === 2 && g.carried !== null ? { carried: { by: ['investor', 'partner'], recovery: 'from-dividends', interest: pct(g.carried) } } : {}) }
    : { parties: ['se-a', 'se-b', 'se-c'], share: pct(b) }));
  const royalties = g.commodities.map((cmd, i) => royaltyOf(cmd, g.royaltyKinds[i]!, g.royaltyBp, g.nsr !== null && i === 0, g.edge));
  const revenue: Record<string, unknown> = { royalties, distributions: { retain: pct(g.retainBp) } };
  if (g.nsr !== null) revenue.netSmelterReturn = { allowedDeductions: ['treatment', 'refining', 'transport'], ...(g.nsr.cap === null ? {} : { maximumDeduction: pct(g.nsr.cap) }) };
  if (g.fund !== null) {
    revenue.communityFunds = [{
      id: 'fund', modality: 'shall', payee: 'community', rate: pct(g.fund.rateBp), base: g.fund.base,
      ...(g.fund.base === 'royalty' ? { of: royalties[0]!.id } : {}),
      ...(g.fund.min === null ? {} : { minimumAnnual: `${g.fund.min} USD` }),
      ...(g.fund.max === null ? {} : { maximumAnnual: `${g.fund.max} USD` }),
    }];
  }
  if (g.split !== null) {
    const [a, b, c] = basisPoints(g.split);
    revenue.governmentShares = [{ of: royalties[0]!.id, split: { state: pct(a!), county: pct(b!), community: pct(c!) } }];
  }
  if (g.windfall !== null && g.commodities.includes('copper')) revenue.priceParticipation = [{ id: 'windfall', commodity: 'copper', thresholdPrice: `${8000} USD/t`, rate: pct(g.windfall), payee: 'state' }];
  if (g.tax !== null) {
    revenue.incomeTax = {
      id: 'income-tax', rate: pct(g.tax.rateBp), payee: 'state',
      depreciation: g.tax.straight ? { method: 'straight-line', years: g.tax.years } : { method: 'declining-balance', rate: pct(g.tax.years * 500) },
      ...(g.tax.lcf === null ? {} : { lossCarryForward: { years: g.tax.lcf } }),
    };
  }
  return {
    fairlode: 1, id: 'random-deal', title: 'Random deal', jurisdiction: { country: 'ZM' }, signed: '2025-12-01', effective: '2026-01-01', term: { years: 10 },
    currency: 'USD', fiscalYear: { startMonth: g.startMonth }, rounding: { mode: g.mode }, allocation: { method: g.method },
    commodities: g.commodities.map((id) => ({ id, unit: UNIT[id]! })),
    parties: PARTIES.map((p) => (p.id === 'county' && g.countyPaidInZmw ? { ...p, currency: 'ZMW' } : p)) as never,
    ownership: ownership as never,
    revenue: revenue as never,
  };
});

const saleArb = (commodity: string) => fc.record({
  quantity: fc.integer({ min: 0, max: 50_000_000 }).map((q) => `${(q / 1000).toFixed(3)} ${UNIT[commodity]!}`),
  price: fc.integer({ min: PRICE[commodity]![0] * 60, max: PRICE[commodity]![1] * 140 }).map((p) => `${(p / 100).toFixed(2)} USD/${UNIT[commodity]!}`),
  treatment: fc.integer({ min: 0, max: 5_000_000 }),
  marketing: fc.integer({ min: 0, max: 500_000 }),
});

const periodsArb = fc.array(fc.record({
  copper: fc.option(saleArb('copper')),
  gold: fc.option(saleArb('gold')),
  operating: fc.integer({ min: 0, max: 200_000_000 }),
  capital: fc.integer({ min: 0, max: 400_000_000 }),
  zmw: fc.integer({ min: 1000, max: 40000 }),
}), { minLength: 1, maxLength: 6 });

const QUARTERS = ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4', '2028-Q1', '2028-Q2'];

type Periods = typeof periodsArb extends fc.Arbitrary<infer T> ? T : never;

function actualsInputs(contract: ContractInput, periods: Periods): ActualsInput[] {
  const commodities = (contract.commodities ?? []).map((c) => c.id);
  return periods.map((p, i) => ({
    contract: contract.id!,
    period: QUARTERS[i]!,
    sales: (['copper', 'gold'] as const).flatMap((c) => {
      const s = p[c];
      return s === null || !commodities.includes(c) ? [] : [{ commodity: c, quantity: s.quantity, price: s.price, deductions: { treatment: `${s.treatment} USD`, marketing: `${s.marketing} USD` } }];
    }),
    costs: { operating: `${p.operating}.37 USD`, capital: `${p.capital} USD` },
    fx: { ZMW: (p.zmw / 1000).toFixed(3) },
  }));
}

function run(contract: ContractInput, actuals: ActualsInput[]): readonly PayoutStatement[] {
  const c = loadContract(JSON.stringify(contract), { format: 'json' });
  if (!c.ok) throw new Error(`contract: ${JSON.stringify(c.diagnostics)}`);
  const a = actuals.map((x) => {
    const r = loadActuals(JSON.stringify(x), { format: 'json', contract: c.value.contract });
    if (!r.ok) throw new Error(`actuals: ${JSON.stringify(r.diagnostics)}`);
    return r.value.actuals;
  });
  const result = computePayouts(c.value.contract, a);
  if (!result.ok) throw new Error(`payouts: ${JSON.stringify(result.diagnostics)}`);
  return result.value.statements;
}

/** Sources equal uses to the minor unit, added up here independently of the engine's proof. */
function expectBalanced(s: PayoutStatement): void {
  expect(s.conservation.problems).toEqual([]);
  let into = new Decimal(0);
  let out = new Decimal(0);
  for (const l of s.lines) {
    expect(l.amount.amount.isNegative() && !l.amount.amount.isZero()).toBe(false);
    expect(l.amount.amount.decimalPlaces()).toBeLessThanOrEqual(2);
    if (l.to === 'company') into = into.plus(l.amount.amount);
    if (l.from === 'company') out = out.plus(l.amount.amount);
  }
  expect(into.toFixed(2)).toBe(out.toFixed(2));
  expect(s.conservation.balanced).toBe(true);
}

const amounts = (s: readonly PayoutStatement[]) => s.map((x) => Object.fromEntries(x.lines.map((l) => [l.id, l.amount.amount.toFixed()])));
const totals = (s: readonly PayoutStatement[]) => s.map((x) => Object.fromEntries(x.totals.map((t) => [t.party, t.net.amount.toFixed()])));

describe('payout properties over random contracts and actuals', () => {
  it('the generators reach every mechanism', () => {
    const kinds = new Set<string>();
    for (const [contract, periods] of fc.sample(fc.tuple(contractArb, periodsArb), { numRuns: 60, seed: 42 })) {
      for (const s of run(contract, actualsInputs(contract, periods))) for (const l of s.lines) kinds.add(l.settlement ? `${l.kind} (settled)` : l.kind);
    }
    for (const k of ['royalty', 'government-share', 'community-fund', 'community-fund-top-up', 'price-participation', 'income-tax', 'distribution', 'retained-cash', 'reserve-drawdown', 'cash-call', 'carried-cash-call', 'carry-repayment', 'government-share (settled)']) {
      expect([k, kinds.has(k)]).toEqual([k, true]);
    }
  });

  it('every statement balances to the minor unit, and no line is negative', () => {
    fc.assert(fc.property(contractArb, periodsArb, (contract, periods) => {
      for (const s of run(contract, actualsInputs(contract, periods))) expectBalanced(s);
    }), { numRuns: 60 });
  });

  it('the order of the parties in the file changes no amount', () => {
    fc.assert(fc.property(contractArb, periodsArb, fc.func(fc.integer()), (contract, periods, rank) => {
      const shuffled = { ...contract, parties: [...(contract.parties ?? [])].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id)) };
      const actuals = actualsInputs(contract, periods);
      const a = run(contract, actuals);
      const b = run(shuffled, actuals);
      expect(amounts(b)).toEqual(amounts(a));
      expect(totals(b)).toEqual(totals(a));
    }), { numRuns: 40 });
  });

  it('reordering the holdings moves at most one cent per allocation a party takes part in (the declared-order tie-break)', () => {
    fc.assert(fc.property(contractArb, periodsArb.map((p) => p.slice(0, 1)), (contract, periods) => {
      const reversed = { ...contract, ownership: [...(contract.ownership ?? [])].reverse() };
      const actuals = actualsInputs(contract, periods);
      const [a] = run(contract, actuals);
      const [b] = run(reversed, actuals);
      const lines = new Map<string, number>();
      for (const l of a!.lines) for (const p of [l.from, l.to]) lines.set(p, (lines.get(p) ?? 0) + 1);
      for (const t of a!.totals) {
        const other = b!.totals.find((x) => x.party === t.party);
        const diff = t.net.amount.minus(other?.net.amount ?? 0).abs();
        expect(diff.lte(new Decimal(lines.get(t.party) ?? 0).times('0.01'))).toBe(true);
      }
      expect(a!.conservation.sources.amount.eq(b!.conservation.sources.amount)).toBe(true);
    }), { numRuns: 40 });
  });

  it('the same input gives byte-identical JSON', () => {
    fc.assert(fc.property(contractArb, periodsArb, (contract, periods) => {
      const actuals = actualsInputs(contract, periods);
      const first = formatPayoutJson(run(contract, actuals));
      const second = formatPayoutJson(run(JSON.parse(JSON.stringify(contract)) as ContractInput, JSON.parse(JSON.stringify(actuals)) as ActualsInput[]));
      expect(second).toBe(first);
    }), { numRuns: 25 });
  });
});

// Many royalties over many monthly periods (issue 13's hostile sizes, scaled down so the property
// stays cheap): every statement of every fold still balances to the minor unit.
const manyArb = fc.record({
  royalties: fc.array(fc.record({ kind: fc.constantFrom('rate', 'incremental', 'whole-value', 'per-unit'), bp: fc.integer({ min: 1, max: 1500 }), split: fc.boolean() }), { minLength: 5, maxLength: 30 }),
  months: fc.integer({ min: 12, max: 30 }),
  fundBase: fc.constantFrom('gross-revenue', 'net-profit', 'royalty'),
  retainBp: fc.integer({ min: 0, max: 5000 }),
  mode: fc.constantFrom(...ROUNDING_MODES),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
});

function manyRoyaltiesRun(g: typeof manyArb extends fc.Arbitrary<infer T> ? T : never): readonly PayoutStatement[] {
  const commodities = g.royalties.map((_, i) => ({ id: `c${i}`, unit: 't' }));
  const royalties = g.royalties.map((r, i) => {
    const base = { id: `c${i}-royalty`, commodity: `c${i}`, payee: 'state' };
    switch (r.kind) {
      case 'rate': return { ...base, rate: pct(r.bp) };
      case 'per-unit': return { ...base, base: 'quantity', perUnit: `${(r.bp / 100).toFixed(2)} USD/t` };
      default: return { ...base, sliding: { mode: r.kind, bands: [{ upTo: '4000 USD/t', rate: pct(r.bp) }, { upTo: '7000.50 USD/t', rate: pct(r.bp + 100) }, { rate: pct(r.bp + 333) }] } };
    }
  });
  const contract: ContractInput = {
    fairlode: 1, id: 'many-royalties', title: 'Many royalties', jurisdiction: { country: 'ZM' }, signed: '2025-12-01', effective: '2026-01-01', term: { years: 3 },
    currency: 'USD', fiscalYear: { startMonth: 1 }, rounding: { mode: g.mode }, allocation: { method: 'largest-remainder' },
    commodities,
    parties: PARTIES as never,
    ownership: [{ party: 'investor', share: '55%' }, { party: 'partner', share: '30%' }, { parties: ['se-a', 'se-b', 'se-c'], share: '15%' }] as never,
    revenue: {
      royalties,
      governmentShares: royalties.filter((_, i) => g.royalties[i]!.split).map((r) => ({ of: r.id, split: { state: '70%', county: '20%', community: '10%' } })),
      communityFunds: [{ id: 'fund', modality: 'shall', payee: 'community', rate: '1.5%', base: g.fundBase, ...(g.fundBase === 'royalty' ? { of: royalties[0]!.id } : {}), minimumAnnual: '100000.01 USD' }],
      incomeTax: { id: 'income-tax', rate: '30%', payee: 'state', depreciation: { method: 'declining-balance', rate: '25%' }, lossCarryForward: { years: 5 } },
      distributions: { retain: pct(g.retainBp) },
    } as never,
  };
  // Deterministic pseudo-random figures from the seed (a linear congruential sequence).
  let x = g.seed;
  const next = (n: number) => (x = (x * 1103515245 + 12345) % 2147483648) % n;
  const actuals: ActualsInput[] = Array.from({ length: g.months }, (_, m) => ({
    contract: 'many-royalties',
    period: `${2026 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`,
    sales: commodities.flatMap((c) => (next(5) === 0 ? [] : [{ commodity: c.id, quantity: `${next(100000) / 1000} t`, price: `${2000 + next(800000) / 100} USD/t` }])),
    costs: { operating: `${next(50_000_000)}.${String(next(100)).padStart(2, '0')} USD`, capital: `${next(4) === 0 ? next(90_000_000) : 0} USD` },
    fx: { ZMW: '20.5' },
  }));
  return run(contract, actuals);
}

describe('payout properties at larger sizes', () => {
  it('with many royalties over many monthly periods, every statement balances to the minor unit', () => {
    fc.assert(fc.property(manyArb, (g) => {
      const statements = manyRoyaltiesRun(g);
      expect(statements).toHaveLength(g.months);
      for (const s of statements) expectBalanced(s);
    }), { numRuns: 6 });
  });
});
