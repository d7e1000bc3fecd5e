import { z } from 'zod';
import { described, identifier } from '../contract/clause.js';
import { decimalString, moneyString, periodString, quantityString, rateString, unitPriceString } from '../contract/exact-values.js';
import { exportForm } from '../contract/processing.js';

/** The kinds of sale deduction a plan can charge per unit, as in period actuals (for net smelter return). */
export const PLAN_DEDUCTION_KINDS = ['treatment', 'refining', 'transport', 'insurance', 'penalties', 'marketing'] as const;

const pricesByCommodity = () =>
  z.record(identifier(), described(unitPriceString(), 'The price per unit of the commodity.'));

/** What share of a commodity's sales a plan exports, and in what form. */
export const planExportSchema = z
  .strictObject({
    share: rateString().meta({ description: 'The share of the quantity sold that is exported, e.g. "100%"; the rest is sold in the host country.' }),
    form: exportForm.meta({ description: 'The form exported: ore, concentrate or refined.' }),
  })
  .meta({ title: 'Plan export', description: 'What share of a commodity\'s sales is exported, and in what form.' });

const exportsByCommodity = () => z.record(identifier(), planExportSchema);

/** One period of a plan: what is produced (and sold), at what prices, at what cost. */
export const planPeriodSchema = z
  .strictObject({
    period: described(periodString(), 'The period: a fiscal year FY2027 (or calendar year 2027 where the fiscal year is the calendar year), a quarter or a month. All periods of a plan are of one kind and follow each other without gaps.'),
    production: z
      .record(identifier(), described(quantityString(), 'The quantity produced and sold in the period.'))
      .prefault({})
      .meta({ description: 'Per commodity id: the quantity produced in the period. The plan assumes it is sold in the same period.' }),
    prices: pricesByCommodity()
      .optional()
      .meta({ description: 'Per commodity id: the price in this period, where it differs from the plan\'s `prices`.' }),
    costs: z
      .strictObject({
        operating: described(moneyString(), 'Operating costs in the period.').optional(),
        capital: described(moneyString(), 'Capital expenditure in the period (including sustaining and closure capital).').optional(),
      })
      .prefault({})
      .meta({ description: 'Operating and capital costs in the period, in the contract currency.' }),
    fx: z
      .record(z.string().regex(/^[A-Z]{3}$/), decimalString())
      .optional()
      .meta({ description: 'Units of each currency per one unit of the contract currency in this period, where it differs from the plan\'s `fx`.' }),
    exports: exportsByCommodity()
      .optional()
      .meta({ description: 'Per commodity id: the share exported and its form in this period, where it differs from the plan\'s `exports`.' }),
  })
  .meta({ title: 'Plan period', description: 'One period of a life-of-mine plan.' });

/**
 * A life-of-mine plan: the production, prices and costs a fiscal analysis runs through a
 * contract's payout terms, one entry per period.
 */
export const planSchema = z
  .strictObject({
    fairlode: z.literal(1).meta({ description: 'The version of the file format: 1.' }),
    id: identifier().meta({ description: 'Stable id of the plan.' }),
    contract: identifier().meta({ description: 'The id of the contract the plan is analysed under.' }),
    title: z.string().min(1).optional().meta({ description: 'A title for readers.' }),
    illustrative: z.boolean().optional().meta({ description: 'True when the figures are hypothetical, chosen to show the format.' }),
    prices: pricesByCommodity().prefault({}).meta({ description: 'Per commodity id: the price used in every period that does not give its own.' }),
    deductions: z
      .record(identifier(), z.partialRecord(z.enum(PLAN_DEDUCTION_KINDS), described(unitPriceString(), 'The charge per unit sold.')))
      .optional()
      .meta({ description: 'Per commodity id: sale deductions charged per unit sold (treatment, refining, transport, insurance, penalties, marketing), for net smelter return.' }),
    fx: z
      .record(z.string().regex(/^[A-Z]{3}$/), decimalString())
      .optional()
      .meta({ description: 'Units of each currency per one unit of the contract currency, for every period that does not give its own.' }),
    exports: exportsByCommodity()
      .optional()
      .meta({ description: 'Per commodity id: the share of the quantity sold that is exported and in what form, for every period that does not give its own. A commodity not listed is not known to be exported or not: a raw-export levy on it is reported as not computed.' }),
    periods: z.array(planPeriodSchema).min(1).meta({ description: 'The periods of the plan, in order, with no gaps.' }),
  })
  .meta({ title: 'fairlode life-of-mine plan', description: 'Production, prices and costs per period, for fiscal analysis under a contract.' });

/** A plan as written in a file. */
export type PlanInput = z.input<typeof planSchema>;

/** A plan's fields as typed values, periods still as written. */
export type PlanTerms = z.output<typeof planSchema>;

/** The `$id` of the plan JSON Schema. */
export const PLAN_SCHEMA_ID = 'https://fairlode.dev/schema/plan.schema.json';

/**
 * The JSON Schema (draft 2020-12) of the plan file format, describing what people write.
 *
 * @example
 * ```ts
 * planJsonSchema().title; // 'fairlode life-of-mine plan'
 * ```
 */
export function planJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(planSchema, { io: 'input', target: 'draft-2020-12' }), $id: PLAN_SCHEMA_ID };
}
