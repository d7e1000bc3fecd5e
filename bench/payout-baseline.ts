// The benchmark's baseline: the life-of-mine fixture's payouts written by hand as one plain
// decimal.js loop, with no lines, traces, statements or checks, only the arithmetic the engine
// does (the same roundings and the same largest-remainder splits). It also serves as an independent
// check: test/payout/life-of-mine.test.ts requires it and the engine to agree to the cent.
import DecimalJs from 'decimal.js';
import type { MonthFigures } from './payout-fixture.js';

const D = DecimalJs.clone({ precision: 50, rounding: DecimalJs.ROUND_HALF_EVEN });
type D = InstanceType<typeof D>;
const ZERO = new D(0);
function round(x: D): D {
  return x.toDecimalPlaces(2, DecimalJs.ROUND_HALF_EVEN);
}
function min(a: D, b: D): D {
  return a.lt(b) ? a : b;
}

// The period's cash flows: what the company received and paid, and each party's net.
const flows = { cash: new D(0), inflow: new D(0), outflow: new D(0), rate: new D(1), net: {} as Record<string, D>, pkr: {} as Record<string, D> };
function pay(to: string, amount: D): void {
  const f = flows;
  f.net[to] = f.net[to]!.plus(amount);
  f.cash = f.cash.minus(amount);
  f.outflow = f.outflow.plus(amount);
  if (to === 'district' || to === 'cdf') f.pkr[to] = f.pkr[to]!.plus(round(amount.times(f.rate)));
}
function pass(from: string, to: string, amount: D): void {
  const f = flows;
  f.net[from] = f.net[from]!.minus(amount);
  f.net[to] = f.net[to]!.plus(amount);
  if (to === 'district' || to === 'cdf') f.pkr[to] = f.pkr[to]!.plus(round(amount.times(f.rate)));
}
function receive(from: string | undefined, amount: D): void {
  const f = flows;
  if (from) f.net[from] = f.net[from]!.minus(amount);
  f.cash = f.cash.plus(amount);
  f.inflow = f.inflow.plus(amount);
}
function spend(amount: D): void {
  flows.cash = flows.cash.minus(amount);
  flows.outflow = flows.outflow.plus(amount);
}
function royaltySplit(amount: D, ytd: { roy: D }): void {
  pay('gob', amount);
  ytd.roy = ytd.roy.plus(amount);
  const parts = split(amount, GOV);
  pass('gob', 'district', parts[1]!);
  pass('gob', 'gop', parts[2]!);
}

// Largest remainder on whole cents, ties to the earlier weight.
function split(total: D, weights: readonly D[]): D[] {
  const cents = total.times(100);
  let sum = ZERO;
  for (const w of weights) sum = sum.plus(w);
  const parts: D[] = [];
  const rem: D[] = [];
  let left = cents;
  for (const w of weights) {
    const exact = cents.times(w).div(sum);
    const floor = exact.floor();
    parts.push(floor);
    rem.push(exact.minus(floor));
    left = left.minus(floor);
  }
  const order = rem.map((_, i) => i).sort((a, b) => (rem[a]!.eq(rem[b]!) ? a - b : rem[a]!.gt(rem[b]!) ? -1 : 1));
  for (let k = 0; k < left.toNumber(); k++) parts[order[k]!] = parts[order[k]!]!.plus(1);
  return parts.map((p) => p.div(100));
}

const CU_EDGES = [new D(4000), new D(5000), new D(7000)];
const CU_RATES = [new D('0.04'), new D('0.065'), new D('0.085'), new D('0.1')];
const AU_EDGES = [new D(1900), new D(2500), new D(3500)];
const AU_RATES = [new D('0.05'), new D('0.07'), new D('0.09'), new D('0.12')];
const GOV = [new D('0.8'), new D('0.1'), new D('0.1')];
const TAX_SPLIT = [new D('0.85'), new D('0.15')];
const HOLDINGS = [new D('0.5'), new D('0.15'), new D('0.25'), new D('0.1')];
const CARRIERS = [new D('0.5'), new D('0.15')];
const THIRDS = [new D(1), new D(1), new D(1)];
const P15 = new D('0.15');
const P01 = new D('0.01');
const P20 = new D('0.2');
const P25 = new D('0.25');
const P29 = new D('0.29');
const P10 = new D('0.1');
const INTEREST = new D('0.08');
const PARTIES = ['investor', 'fwo', 'se-a', 'se-b', 'se-c', 'gob', 'gop', 'district', 'cdf'] as const;

/** Net amounts per party over the whole life (contract currency), and the PKR settlements. */
export interface BaselineTotals {
  net: Record<string, D>;
  pkr: Record<string, D>;
  balanced: boolean;
}

/** The whole fold by hand. */
export function baselinePayouts(months: readonly MonthFigures[]): BaselineTotals {
  const net: Record<string, D> = {};
  const pkr: Record<string, D> = { district: ZERO, cdf: ZERO };
  for (const p of PARTIES) net[p] = ZERO;
  let losses: { fy: number; amount: D }[] = [];
  let pool = ZERO;
  const carry = { investor: ZERO, fwo: ZERO };
  let reserve = ZERO;
  let ytd = { rev: ZERO, ded: ZERO, roy: ZERO, fund: ZERO, pp: ZERO, op: ZERO, cap: ZERO, fundPaid: ZERO };
  let balanced = true;

  for (const m of months) {
    const year = Number(m.label.slice(0, 4));
    const month = Number(m.label.slice(5, 7));
    const fy = month >= 7 ? year + 1 : year;
    const closes = month === 6 || m.label === '2055-12';
    // FY2026 is 181 of its 365 days in the term; FY2056 184 of 366; the rest whole.
    const share = fy === 2026 ? [181, 365] : fy === 2056 ? [184, 366] : undefined;
    const rate = new D(m.pkr);
    const f = flows;
    f.cash = ZERO; f.inflow = ZERO; f.outflow = ZERO; f.rate = rate; f.net = net; f.pkr = pkr;

    // Revenue, deductions, NSR.
    let cuGross = ZERO, auGross = ZERO, agGross = ZERO, cuNsr = ZERO, auNsr = ZERO;
    if (m.copper) {
      cuGross = new D(m.copper.t).times(m.copper.price);
      const ded = new D(m.copper.treatment).plus(m.copper.transport);
      cuNsr = cuGross.minus(min(min(ded, P15.times(cuGross)), cuGross));
      receive(undefined, round(cuGross)); ytd.rev = ytd.rev.plus(round(cuGross));
    }
    if (m.gold) {
      auGross = new D(m.gold.oz).times(m.gold.price);
      auNsr = auGross.minus(min(min(new D(m.gold.refining), P15.times(auGross)), auGross));
      receive(undefined, round(auGross)); ytd.rev = ytd.rev.plus(round(auGross));
    }
    if (m.silver) {
      agGross = new D(m.silver.oz).times(m.silver.price);
      receive(undefined, round(agGross)); ytd.rev = ytd.rev.plus(round(agGross));
    }
    if (m.copper) { const d = new D(m.copper.treatment).plus(m.copper.transport); spend(d); ytd.ded = ytd.ded.plus(d); }
    if (m.gold) { const d = new D(m.gold.refining); spend(d); ytd.ded = ytd.ded.plus(d); }
    spend(new D(m.operating)); ytd.op = ytd.op.plus(m.operating);
    spend(new D(m.capital)); ytd.cap = ytd.cap.plus(m.capital);
    if (m.label === '2028-03') pay('gob', new D(5_000_000));

    // Royalties and their splits.
    if (m.copper) {
      const p = new D(m.copper.price);
      let perUnit = ZERO;
      let lower = ZERO;
      for (let i = 0; i < 4; i++) {
        const upper = CU_EDGES[i];
        if (i > 0 && p.lte(lower)) break;
        const top = upper === undefined || p.lt(upper) ? p : upper;
        perUnit = perUnit.plus(CU_RATES[i]!.times(top.minus(lower)));
        if (upper === undefined) break;
        lower = upper;
      }
      royaltySplit(round(perUnit.times(m.copper.t)), ytd);
    }
    if (m.gold) {
      const p = new D(m.gold.price);
      let band = 3;
      for (let i = 0; i < 3; i++) if (p.lte(AU_EDGES[i]!)) { band = i; break; }
      royaltySplit(round(AU_RATES[band]!.times(auGross).times(auNsr).div(auGross)), ytd);
    }
    {
      const r = new D(year >= 2036 ? '0.04' : '0.03');
      let roy = r.times(agGross);
      if (roy.lt(10000)) roy = new D(10000);
      roy = round(roy);
      pay('gob', roy); ytd.roy = ytd.roy.plus(roy);
    }

    // Community fund, capped per fiscal year, topped up when the year closes.
    {
      const gross = cuGross.plus(auGross).plus(agGross);
      let accrual = round(P01.times(gross));
      const max = round(share ? new D(9_000_000).times(share[0]!).div(share[1]!) : new D(9_000_000));
      if (ytd.fundPaid.plus(accrual).gt(max)) accrual = D.max(ZERO, max.minus(ytd.fundPaid));
      ytd.fundPaid = ytd.fundPaid.plus(accrual);
      pay('cdf', accrual); ytd.fund = ytd.fund.plus(accrual);
      if (closes) {
        const minimum = round(share ? new D(2_000_000).times(share[0]!).div(share[1]!) : new D(2_000_000));
        if (ytd.fundPaid.lt(minimum)) { const top = minimum.minus(ytd.fundPaid); pay('cdf', top); ytd.fund = ytd.fund.plus(top); ytd.fundPaid = minimum; }
      }
    }

    // Price participation.
    if (m.copper && m.copper.price > 9000) {
      const pp = round(P20.times(new D(m.copper.price).minus(9000)).times(m.copper.t));
      pay('gop', pp); ytd.pp = ytd.pp.plus(pp);
    }

    // Income tax when the fiscal year closes.
    if (closes) {
      pool = pool.plus(ytd.cap);
      const allowance = round(pool.times(P25));
      pool = pool.minus(allowance);
      const income = ytd.rev.minus(ytd.ded).minus(ytd.roy).minus(ytd.fund).minus(ytd.pp).minus(ytd.op).minus(allowance);
      losses = losses.filter((l) => l.fy + 6 >= fy);
      let taxable = income;
      const kept: { fy: number; amount: D }[] = [];
      for (const l of losses) {
        if (taxable.gt(0)) { const use = min(taxable, l.amount); taxable = taxable.minus(use); if (l.amount.gt(use)) kept.push({ fy: l.fy, amount: l.amount.minus(use) }); }
        else kept.push(l);
      }
      if (taxable.lt(0)) { kept.push({ fy, amount: taxable.neg() }); taxable = ZERO; }
      losses = kept;
      const tax = round(P29.times(taxable));
      pay('gop', tax);
      const parts = split(tax, TAX_SPLIT);
      pass('gop', 'gob', parts[1]!);
      ytd = { rev: ZERO, ded: ZERO, roy: ZERO, fund: ZERO, pp: ZERO, op: ZERO, cap: ZERO, fundPaid: ZERO };
    }

    // Interest on the carry, then distributions or cash calls.
    carry.investor = carry.investor.plus(round(carry.investor.times(INTEREST).div(12)));
    carry.fwo = carry.fwo.plus(round(carry.fwo.times(INTEREST).div(12)));
    const cash = f.cash;
    if (cash.gt(0)) {
      const retained = round(cash.times(P10));
      spend(retained); reserve = reserve.plus(retained);
      const parts = split(cash.minus(retained), HOLDINGS);
      pay('investor', parts[0]!);
      pay('fwo', parts[1]!);
      const thirds = split(parts[2]!, THIRDS);
      pay('se-a', thirds[0]!); pay('se-b', thirds[1]!); pay('se-c', thirds[2]!);
      let gob = parts[3]!;
      const owed = carry.investor.plus(carry.fwo);
      if (owed.gt(0) && gob.gt(0)) {
        const repay = min(gob, owed);
        const r = split(repay, [carry.investor, carry.fwo]);
        pay('investor', r[0]!); pay('fwo', r[1]!);
        carry.investor = carry.investor.minus(r[0]!); carry.fwo = carry.fwo.minus(r[1]!);
        gob = gob.minus(repay);
      }
      pay('gob', gob);
    } else if (cash.lt(0)) {
      const shortfall = cash.neg();
      const drawn = min(shortfall, reserve);
      receive(undefined, drawn); reserve = reserve.minus(drawn);
      const called = shortfall.minus(drawn);
      if (called.gt(0)) {
        const parts = split(called, HOLDINGS);
        receive('investor', parts[0]!);
        receive('fwo', parts[1]!);
        const thirds = split(parts[2]!, THIRDS);
        receive('se-a', thirds[0]!); receive('se-b', thirds[1]!); receive('se-c', thirds[2]!);
        const byCarriers = split(parts[3]!, CARRIERS);
        receive('investor', byCarriers[0]!); receive('fwo', byCarriers[1]!);
        carry.investor = carry.investor.plus(byCarriers[0]!); carry.fwo = carry.fwo.plus(byCarriers[1]!);
      }
    }
    if (!f.inflow.eq(f.outflow)) balanced = false;
  }
  return { net, pkr, balanced };
}
