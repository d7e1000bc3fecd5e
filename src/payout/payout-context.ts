// What the payout engine needs from a contract, worked out once per contract and cached: party
// currencies, holdings with their carriers, government splits, sliding bands in one unit, the
// waterfall. Internal: not re-exported.
import type { Contract } from '../contract/index.js';
import { DEFAULT_WATERFALL } from '../contract/revenue/revenue.js';
import type { AllocationMethod } from '../money/allocate.js';
import { minorUnitOf, type CurrencyCode } from '../money/currency.js';
import { Decimal, multiplyExactly } from '../money/decimal.js';
import { roundDecimal, type RoundingMode } from '../money/rounding.js';
import { makeMoney, moneyToString } from '../money/money.js';
import type { Unit } from '../quantity/unit.js';
import { prepareSlidingScale } from './sliding-scale.js';

/** A royalty clause as the contract states it. */
export type RoyaltyClause = Contract['revenue']['royalties'][number];
/** A community fund clause. */
export type CommunityFundClause = Contract['revenue']['communityFunds'][number];
/** A price participation clause. */
export type PriceParticipationClause = Contract['revenue']['priceParticipation'][number];
/** The income tax clause. */
export type IncomeTaxClause = NonNullable<Contract['revenue']['incomeTax']>;
/** The net smelter return clause. */
export type NetSmelterReturnClause = NonNullable<Contract['revenue']['netSmelterReturn']>;
/** One step of the waterfall. */
export type WaterfallStep = (typeof DEFAULT_WATERFALL)[number];

/** A sliding scale with every band edge in one currency and unit. */
export interface PreparedScale {
  readonly mode: 'whole-value' | 'incremental';
  readonly edge: 'next-band' | 'this-band';
  /** The bands' currency; undefined for a scale of one band. */
  readonly currency: CurrencyCode | undefined;
  /** The bands' unit; undefined for a scale of one band. */
  readonly unit: Unit | undefined;
  /** Upper edges of every band but the last, rising, in `unit`. */
  readonly edges: readonly Decimal[];
  /** One rate per band. */
  readonly rates: readonly Decimal[];
}

/** The index a carry's interest follows, as the contract states it. */
export type CarryInterestIndex = NonNullable<NonNullable<Contract['ownership'][number]['carried']>['interestIndex']>;
/** A write-off of part of a carry balance on a date, as the contract states it. */
export type CarryWriteOff = NonNullable<NonNullable<Contract['ownership'][number]['carried']>['writeOffs']>[number];

/** A carrier of a carried interest and its weight in the carry. */
export interface Carrier {
  readonly party: string;
  readonly weight: Decimal;
}

/** A holding of equity, with its carry when it is carried. */
export interface PreparedHolding {
  /** The holder: the party id, or the parties of an equal-parts holding joined with `+`. */
  readonly key: string;
  /** The party, or the parties sharing the holding in equal parts. */
  readonly parties: readonly string[];
  /** Per party, the last part of its line ids: the party id, made unique if a party holds twice. */
  readonly lineKeys: readonly string[];
  /** Per party: the ids of its distribution and cash-call lines. */
  readonly distributionIds: readonly string[];
  readonly cashCallIds: readonly string[];
  /** Per carrier: the ids of its carried-cash-call and carry-repayment lines. */
  readonly carriedCallIds: ReadonlyMap<string, string>;
  readonly repaymentIds: ReadonlyMap<string, string>;
  /** Base labels of its lines. */
  readonly labels: { readonly cashCall: string; readonly distribution: string; readonly equalDistribution: string; readonly equalCashCall: string };
  readonly share: Decimal;
  readonly ref: string | undefined;
  readonly carry: {
    readonly carriers: readonly Carrier[];
    readonly weights: readonly Decimal[];
    readonly recovered: boolean;
    /** The annual rate (zero: no interest); with `index`, the margin over it. */
    readonly interest: Decimal;
    /** The index the interest follows, if any. */
    readonly index: CarryInterestIndex | undefined;
    /** The share of each distribution that repays the carry; undefined: all of it. */
    readonly recoveryShare: Decimal | undefined;
    readonly writeOffs: readonly CarryWriteOff[];
  } | undefined;
}

/** How one government receipt is split between levels of government. */
export interface PreparedSplit {
  readonly ref: string | undefined;
  readonly parties: readonly string[];
  readonly weights: readonly Decimal[];
  /** Per party: the id of the line passing its part on (`<clause>/<party>`). */
  readonly ids: readonly string[];
  /** The base label of the lines passing parts on, per receiving government (`<clause> received by <party>`). */
  readonly receivedBy: Map<string, string>;
}

/** The line ids and labels of one commodity. */
export interface CommodityTexts {
  readonly revenueId: string;
  readonly deductionsId: string;
  readonly grossLabel: string;
  readonly nsrLabel: string;
  readonly soldLabel: string;
  readonly aboveThresholdLabel: string;
}

/** Everything the engine reads from a contract, prepared once. */
export interface PayoutContext {
  readonly contract: Contract;
  readonly currency: CurrencyCode;
  readonly places: number;
  readonly mode: RoundingMode;
  readonly method: AllocationMethod;
  readonly startMonth: number;
  readonly partyIds: readonly string[];
  /** Each party's position in `partyIds`. */
  readonly partyIndex: ReadonlyMap<string, number>;
  /** Parties paid in a currency other than the contract's. */
  readonly partyCurrency: ReadonlyMap<string, CurrencyCode>;
  readonly commodities: readonly string[];
  readonly commodityTexts: ReadonlyMap<string, CommodityTexts>;
  /** The id of each community fund's top-up line. */
  readonly topUpIds: ReadonlyMap<string, string>;
  readonly scales: ReadonlyMap<string, PreparedScale>;
  readonly holdings: readonly PreparedHolding[];
  /** Each holding by its key, so a carry entry finds its holding in one step. */
  readonly holdingByKey: ReadonlyMap<string, PreparedHolding>;
  readonly holdingWeights: readonly Decimal[];
  readonly splits: ReadonlyMap<string, PreparedSplit>;
  readonly waterfall: readonly WaterfallStep[];
  readonly distributions: { readonly ref: string | undefined; readonly retain: Decimal };
}

const cache = new WeakMap<Contract, PayoutContext>();
const ZERO = new Decimal(0);
const ONE = new Decimal(1);

/** The prepared facts of a contract (computed once per contract object). */
export function payoutContext(contract: Contract): PayoutContext {
  let ctx = cache.get(contract);
  if (ctx === undefined) {
    ctx = prepare(contract);
    cache.set(contract, ctx);
  }
  return ctx;
}

/** Rounds an amount to the contract currency's minor unit with the contract's rounding mode. */
export function payable(ctx: PayoutContext, amount: Decimal): Decimal {
  // Already whole minor units (most amounts taken from the actuals): nothing to round.
  if (amount.decimalPlaces() <= ctx.places) return amount;
  return roundDecimal(amount, ctx.places, ctx.mode);
}

/**
 * The exact product of two decimals. Within the 50 significant digits of fairlode's Decimal (every
 * realistic quantity × price, rate × amount) the ordinary product is exact and cheap; beyond them
 * it is computed with every digit ({@link multiplyExactly}), so nothing is ever rounded here.
 */
export function exactProduct(a: Decimal, b: Decimal): Decimal {
  return a.sd() + b.sd() <= 50 ? a.times(b) : multiplyExactly(a, b);
}

const interned = new WeakMap<PayoutContext, Map<string, string>>();

/**
 * One copy of a line id or label per contract: a 30-year monthly fold repeats the same few dozen
 * texts thousands of times, and keeping one of each keeps statements small.
 */
export function intern(ctx: PayoutContext, text: string): string {
  let texts = interned.get(ctx);
  if (texts === undefined) interned.set(ctx, (texts = new Map()));
  const known = texts.get(text);
  if (known !== undefined) return known;
  texts.set(text, text);
  return text;
}

/** Writes an exact amount in the contract currency as text for a trace: `6667000.00 USD`. */
export function moneyText(ctx: PayoutContext, amount: Decimal): string {
  return moneyToString(makeMoney(amount, ctx.currency));
}

function prepare(contract: Contract): PayoutContext {
  const currency = contract.currency;
  const partyCurrency = new Map<string, CurrencyCode>();
  for (const p of contract.parties) if (p.currency !== undefined && p.currency !== currency) partyCurrency.set(p.id, p.currency);

  const scales = new Map<string, PreparedScale>();
  for (const r of contract.revenue.royalties) {
    if (r.sliding) scales.set(r.id, prepareSlidingScale(r.sliding));
  }

  const equity = new Map<string, Decimal>();
  for (const h of contract.ownership) {
    const holders = h.parties ?? [h.party!];
    for (const p of holders) equity.set(p, (equity.get(p) ?? ZERO).plus(h.share.div(holders.length)));
  }
  const holdings: PreparedHolding[] = contract.ownership.map((h) => {
    const parties = h.parties ?? [h.party!];
    let carry: PreparedHolding['carry'];
    if (h.carried) {
      const named = h.carried.by.map((b) => (typeof b === 'string' ? { party: b, share: undefined } : { party: b.party, share: b.share as Decimal | undefined }));
      let carriers: Carrier[];
      if (named.every((c) => c.share !== undefined)) carriers = named.map((c) => ({ party: c.party, weight: c.share! }));
      else if (named.every((c) => equity.has(c.party))) carriers = named.map((c) => ({ party: c.party, weight: equity.get(c.party)! }));
      else carriers = named.map((c) => ({ party: c.party, weight: ONE }));
      carry = { carriers, weights: Object.freeze(carriers.map((c) => c.weight)), recovered: h.carried.recovery === 'from-dividends', interest: h.carried.interest ?? ZERO, index: h.carried.interestIndex, recoveryShare: h.carried.recoveryShare, writeOffs: h.carried.writeOffs ?? [] };
    }
    return { key: parties.join('+'), parties, lineKeys: parties, distributionIds: [], cashCallIds: [], carriedCallIds: new Map(), repaymentIds: new Map(), labels: { cashCall: '', distribution: '', equalDistribution: '', equalCashCall: '' }, share: h.share, ref: h.ref, carry };
  });
  // A party holding twice (say a carried and a funded interest) gets numbered keys and line ids.
  const seenKeys = new Map<string, number>();
  const seenParties = new Map<string, number>();
  for (let i = 0; i < holdings.length; i++) {
    const h = holdings[i]!;
    const k = (seenKeys.get(h.key) ?? 0) + 1;
    seenKeys.set(h.key, k);
    const lineKeys = h.parties.map((p) => {
      const n = (seenParties.get(p) ?? 0) + 1;
      seenParties.set(p, n);
      return n === 1 ? p : `${p}#${n}`;
    });
    const key = k === 1 ? h.key : `${h.key}#${k}`;
    const carriers = h.carry?.carriers.map((c) => c.party) ?? [];
    holdings[i] = {
      ...h,
      key,
      lineKeys,
      distributionIds: lineKeys.map((l) => `distributions/${l}`),
      cashCallIds: lineKeys.map((l) => `cash-calls/${l}`),
      carriedCallIds: new Map(carriers.map((c) => [c, `cash-calls/${key}/${c}`])),
      repaymentIds: new Map(carriers.map((c) => [c, `carry-repayments/${key}/${c}`])),
      labels: {
        cashCall: `cash call on ${key}`,
        distribution: `${key}'s distribution`,
        equalDistribution: `${key}'s distribution, in ${h.parties.length} equal parts`,
        equalCashCall: `${key}'s cash call, in ${h.parties.length} equal parts`,
      },
    };
  }

  const splits = new Map<string, PreparedSplit>();
  for (const g of contract.revenue.governmentShares) {
    const parties = Object.keys(g.split);
    splits.set(g.of, { ref: g.ref, parties, weights: Object.freeze(parties.map((p) => g.split[p]!)), ids: parties.map((p) => `${g.of}/${p}`), receivedBy: new Map() });
  }

  const stated = contract.revenue.waterfall ?? DEFAULT_WATERFALL;
  // Distributions take what is left, so they come last whatever the order written.
  const waterfall: WaterfallStep[] = [...new Set(stated)].filter((s) => s !== 'distributions');
  waterfall.push('distributions');

  return Object.freeze({
    contract,
    currency,
    places: minorUnitOf(currency),
    mode: contract.rounding.mode,
    method: contract.allocation.method,
    startMonth: contract.fiscalYear.startMonth,
    partyIds: contract.parties.map((p) => p.id),
    partyIndex: new Map(contract.parties.map((p, i) => [p.id, i])),
    partyCurrency,
    commodities: contract.commodities.map((c) => c.id),
    topUpIds: new Map(contract.revenue.communityFunds.map((f) => [f.id, `${f.id}/top-up`])),
    commodityTexts: new Map(contract.commodities.map((c) => [c.id, {
      revenueId: `revenue/${c.id}`,
      deductionsId: `sale-deductions/${c.id}`,
      grossLabel: `gross revenue of ${c.id}`,
      nsrLabel: `net smelter return of ${c.id}`,
      soldLabel: `quantity of ${c.id} sold`,
      aboveThresholdLabel: `revenue of ${c.id} above the threshold price`,
    }])),
    scales,
    holdings,
    holdingByKey: new Map(holdings.map((h) => [h.key, h])),
    // Frozen, so allocate keeps their checked form across periods.
    holdingWeights: Object.freeze(holdings.map((h) => h.share)),
    splits,
    waterfall,
    distributions: { ref: contract.revenue.distributions?.ref, retain: contract.revenue.distributions?.retain ?? ZERO },
  });
}

