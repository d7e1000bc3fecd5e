// A period's revenue and net smelter return, rebuilt from its record when a trace is read.
// Internal: not re-exported.
import { grossRevenueByCommodity, type CommodityRevenue } from './gross-revenue.js';
import { netSmelterReturn, type NetSmelterReturn } from './net-smelter-return.js';
import type { PeriodRecord } from './period-ledger.js';

/** Every commodity's sales and gross revenue in the period, as the engine computed them. */
export function periodRevenue(rec: PeriodRecord): CommodityRevenue[] {
  return grossRevenueByCommodity(rec.actuals.sales, rec.ctx.commodities, rec.ctx.currency);
}

/** One commodity's sales and gross revenue in the period. */
export function commodityRevenue(rec: PeriodRecord, commodity: string): CommodityRevenue {
  return periodRevenue(rec).find((r) => r.commodity === commodity)!;
}

/** One commodity's net smelter return in the period. */
export function commodityNsr(rec: PeriodRecord, revenue: CommodityRevenue): NetSmelterReturn {
  return netSmelterReturn(revenue, rec.ctx.contract.revenue.netSmelterReturn, rec.ctx.currency);
}
