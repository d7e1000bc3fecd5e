import { z } from 'zod';
import { identifier } from './clause.js';
import { count, dateString, decimalString, moneyString, periodString, quantityString, unitPriceString } from './exact-values.js';

/** One sale in a period: quantity at a price, with any NSR deductions incurred. */
export const sale = z
  .strictObject({
    commodity: identifier(),
    quantity: quantityString(),
    price: unitPriceString(),
    deductions: z
      .partialRecord(z.enum(['treatment', 'refining', 'transport', 'insurance', 'penalties', 'marketing']), moneyString())
      .optional()
      .meta({ description: 'Deductions incurred on this sale, for net smelter return.' }),
  })
  .meta({ title: 'Sale' });

/** Headcount in a period, by scope and optionally by category. */
const headcount = z.strictObject({
  total: count(),
  national: count().optional(),
  province: count().optional(),
  hostArea: count().optional(),
  women: count().optional(),
});

/** Period actuals: what happened in one period, the input to payouts and obligation tracking. */
export const actualsSchema = z
  .strictObject({
    contract: identifier().meta({ description: 'The id of the contract these actuals belong to.' }),
    period: periodString(),
    sales: z.array(sale).default([]),
    costs: z
      .strictObject({ operating: moneyString().optional(), capital: moneyString().optional() })
      .prefault({})
      .meta({ description: 'Operating and capital expenditure in the period.' }),
    fx: z
      .record(z.string().regex(/^[A-Z]{3}$/), decimalString())
      .optional()
      .meta({ description: 'Units of each currency per one unit of the contract currency, for this period.' }),
    workforce: headcount
      .extend({ categories: z.partialRecord(z.enum(['unskilled', 'skilled', 'professional', 'senior-management']), headcount).optional() })
      .optional(),
    training: z.strictObject({ spent: moneyString().optional(), trained: count().optional() }).optional(),
    procurement: z.strictObject({ total: moneyString(), local: moneyString() }).optional(),
    community: z.strictObject({ fundPaid: moneyString().optional() }).optional(),
    processing: z
      .record(identifier(), z.strictObject({ domestic: quantityString(), total: quantityString() }))
      .optional()
      .meta({ description: 'Per commodity: quantity processed in the country and total output.' }),
    infrastructure: z
      .record(identifier(), z.strictObject({ spent: moneyString().optional(), completed: dateString().optional() }))
      .optional()
      .meta({ description: 'Per infrastructure clause id: spend in the period and completion date.' }),
    events: z
      .array(z.strictObject({ clause: identifier(), date: dateString(), note: z.string().optional() }))
      .default([])
      .meta({ description: 'Dated events: a delivery made, a bond posted, a report published (by clause id).' }),
  })
  .meta({ title: 'fairlode period actuals', description: 'What happened in one period of a contract.' });

/** Period actuals as written in a file. */
export type ActualsInput = z.input<typeof actualsSchema>;
