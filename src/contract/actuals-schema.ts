import { z } from 'zod';
import { described, identifier } from './clause.js';
import { exportForm } from './processing.js';
import { relatedPartyPayments } from './related-party-payment.js';
import { cashCallPayments } from './cash-call-payment.js';
import { loanMovements } from './loan-movement.js';
import { referencePrices } from './reference-price.js';
import { count, dateString, decimalString, moneyString, periodString, quantityString, unitPriceString } from './exact-values.js';

/** One sale in a period: quantity at a price, with any NSR deductions incurred. */
export const sale = z
  .strictObject({
    commodity: identifier().meta({ description: 'The commodity sold (an id under the contract\'s `commodities`).' }),
    quantity: described(quantityString(), 'The quantity sold.'),
    price: described(unitPriceString(), 'The price realised per unit.'),
    deductions: z
      .partialRecord(z.enum(['treatment', 'refining', 'transport', 'insurance', 'penalties', 'marketing']), moneyString())
      .optional()
      .meta({ description: 'Deductions incurred on this sale, by kind, for net smelter return: treatment, refining, transport, insurance, penalties (smelter penalties for impurities), marketing.' }),
    date: dateString().optional().meta({ description: 'The date of the sale (for an export, the date it was shipped); it must lie within the period. Needed only when a dated rate changes inside the period.' }),
    exported: z.boolean().optional().meta({ description: 'Whether the sale was exported (true) or sold in the host country (false). Needed when the contract levies a duty on exports; not stated means not known.' }),
    form: exportForm.optional().meta({ description: 'The form sold: ore, concentrate or refined. Needed for an exported sale when the contract levies a duty on raw exports.' }),
  })
  .meta({ title: 'Sale', description: 'One sale in the period: a quantity of a commodity at a price, with any deductions incurred.' });

/** Headcount in a period, by scope and optionally by category. */
const headcount = z.strictObject({
  total: count().meta({ description: 'Number of people employed on the project in the period.' }),
  national: count().optional().meta({ description: 'Of whom citizens of the host country.' }),
  province: count().optional().meta({ description: 'Of whom people of the host province.' }),
  hostArea: count().optional().meta({ description: 'Of whom people of the host area around the project.' }),
  women: count().optional().meta({ description: 'Of whom women.' }),
});

/** Period actuals: what happened in one period, the input to payouts and obligation tracking. */
export const actualsSchema = z
  .strictObject({
    contract: identifier().meta({ description: 'The id of the contract these actuals belong to.' }),
    period: described(periodString(), 'The period these figures cover; it must lie within the contract\'s term.'),
    sales: z.array(sale).prefault([]).meta({ description: 'The sales made in the period.' }),
    costs: z
      .strictObject({
        operating: moneyString().optional().meta({ description: 'Operating costs incurred in the period.' }),
        capital: moneyString().optional().meta({ description: 'Capital expenditure in the period.' }),
      })
      .prefault({})
      .meta({ description: 'Operating and capital expenditure in the period.' }),
    payments: relatedPartyPayments,
    loans: loanMovements,
    cashCalls: cashCallPayments,
    fx: z
      .record(z.string().regex(/^[A-Z]{3}$/, { error: 'expected an ISO 4217 currency code such as "PKR"' }), decimalString({ sign: 'positive' }))
      .optional()
      .meta({ description: 'Units of each currency per one unit of the contract currency, for this period.' }),
    workforce: headcount
      .extend({
        categories: z
          .partialRecord(z.enum(['unskilled', 'skilled', 'professional', 'senior-management']), headcount.meta({ description: 'The headcount in one workforce category.' }))
          .optional()
          .meta({ description: 'The same counts for each workforce category: unskilled, skilled, professional, senior-management.' }),
      })
      .optional()
      .meta({ description: 'The workforce in the period: in total, by origin and, optionally, by category.' }),
    training: z
      .strictObject({
        spent: moneyString().optional().meta({ description: 'Amount spent on training in the period.' }),
        trained: count().optional().meta({ description: 'Number of people trained in the period.' }),
      })
      .optional()
      .meta({ description: 'Training in the period.' }),
    procurement: z
      .strictObject({
        total: described(moneyString(), 'All spending on goods and services in the period.'),
        local: described(moneyString(), 'Of which spent with local suppliers, as the procurement commitment defines them.'),
      })
      .optional()
      .meta({ description: 'Procurement in the period: total and local.' }),
    community: z
      .strictObject({ fundPaid: moneyString().optional().meta({ description: 'Amount paid into community development funds in the period.' }) })
      .optional()
      .meta({ description: 'Community payments in the period.' }),
    processing: z
      .record(
        identifier(),
        z.strictObject({
          domestic: described(quantityString(), 'Quantity processed in the host country in the period.'),
          total: described(quantityString(), 'Total output of the commodity in the period.'),
        }),
      )
      .optional()
      .meta({ description: 'Per commodity: quantity processed in the country and total output.' }),
    infrastructure: z
      .record(
        identifier(),
        z.strictObject({
          spent: moneyString().optional().meta({ description: 'Amount spent on it in the period.' }),
          completed: dateString().optional().meta({ description: 'Date it was completed, once it is.' }),
        }),
      )
      .optional()
      .meta({ description: 'Per infrastructure clause id: spend in the period and completion date.' }),
    events: z
      .array(
        z.strictObject({
          clause: identifier().meta({ description: 'The id of the clause the event concerns.' }),
          date: described(dateString(), 'The date it happened.'),
          kind: z
            .enum(['acquired', 'delivered', 'completed', 'posted', 'submitted', 'concluded', 'exercised', 'commercial-production'])
            .optional()
            .meta({
              description:
                'What happened: acquired (data acquired, which starts a delivery deadline such as geodata `deadlineDays`), delivered, completed, posted (a bond or guarantee), submitted (a report), concluded (an agreement), exercised (an equity option) or commercial-production (the start of commercial production, named on the income tax clause). Without it, the event fulfils the clause (or milestone) it names.',
            }),
          note: z.string().optional().meta({ description: 'Free text, e.g. what was delivered or published.' }),
        }),
      )
      .prefault([])
      .meta({ description: 'Dated events: a delivery made, a bond posted, a report published (by clause id).' }),
    indices: z
      .record(z.string().min(1), decimalString({ sign: 'positive' }))
      .optional()
      .meta({ description: 'Price index values for this period, by index name (e.g. `US-CPI: "312.5"`), used by indexed fees and by carries and shareholder loans whose interest follows an index.' }),
    referencePrices,
  })
  .meta({ title: 'fairlode period actuals', description: 'What happened in one period of a contract.' });

/** Period actuals as written in a file. */
export type ActualsInput = z.input<typeof actualsSchema>;
