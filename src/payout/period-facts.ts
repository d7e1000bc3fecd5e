// A period's revenue and net smelter return, rebuilt from its record when a trace is read.
// Internal: not re-exported.
import { grossRevenueByCommodity, type CommodityRevenue } from './gross-revenue.js';
import { netSmelterReturn, type NetSmelterReturn } from './net-smelter-return.js';
import type { PayoutLine } from './payout-line.js';
import type { PeriodRecord } from './period-ledger.js';

interface RevenueFacts {
  readonly all: readonly CommodityRevenue[];
  readonly byCommodity: ReadonlyMap<string, CommodityRevenue>;
}

// Rebuilt once per period the first time a trace or band of the period is read, and kept only as
// long as the period's record (its statement's lines) lives. Without it, reading each royalty's band
// recomputed every commodity's revenue: a statement of n royalties cost n² products to format.
const rebuilt = new WeakMap<PeriodRecord, RevenueFacts>();

function revenueFacts(rec: PeriodRecord): RevenueFacts {
  let facts = rebuilt.get(rec);
  if (facts === undefined) {
    const all = grossRevenueByCommodity(rec.actuals.sales, rec.ctx.commodities, rec.ctx.currency);
    facts = { all, byCommodity: new Map(all.map((r) => [r.commodity, r])) };
    rebuilt.set(rec, facts);
  }
  return facts;
}

/** Every commodity's sales and gross revenue in the period, as the engine computed them. */
export function periodRevenue(rec: PeriodRecord): readonly CommodityRevenue[] {
  return revenueFacts(rec).all;
}

/** One commodity's sales and gross revenue in the period. */
export function commodityRevenue(rec: PeriodRecord, commodity: string): CommodityRevenue {
  return revenueFacts(rec).byCommodity.get(commodity)!;
}

/** One commodity's net smelter return in the period. */
export function commodityNsr(rec: PeriodRecord, revenue: CommodityRevenue): NetSmelterReturn {
  return netSmelterReturn(revenue, rec.ctx.contract.revenue.netSmelterReturn, rec.ctx.currency);
}

// The period's lines by id, indexed the first time a trace looks one up (and again if lines were
// added since), so that explaining n lines that each name another costs n steps, not n².
const indexed = new WeakMap<PeriodRecord, { count: number; byId: Map<string, PayoutLine> }>();

/** The first of the period's lines with this id, or undefined. */
export function periodLine(rec: PeriodRecord, id: string): PayoutLine | undefined {
  let index = indexed.get(rec);
  if (index === undefined || index.count !== rec.lines.length) {
    const byId = new Map<string, PayoutLine>();
    for (const l of rec.lines) if (!byId.has(l.id)) byId.set(l.id, l);
    indexed.set(rec, (index = { count: rec.lines.length, byId }));
  }
  return index.byId.get(id);
}
