import { z } from 'zod';
import { described, identifier } from './clause.js';
import { count, dateString, moneyString, periodString } from './exact-values.js';

/** One fiscal year's tax loss not yet used. */
const lossCarriedForward = z
  .strictObject({
    fiscalYear: z.int().min(1).max(9999).meta({ description: 'The fiscal year the loss arose in (named by the year it ends).' }),
    amount: described(moneyString(), 'What is left of the loss to set against later profits.'),
  })
  .meta({ title: 'Loss carried forward', description: 'A tax loss of one fiscal year not yet used.' });

/** One fiscal year's capital, being written off straight-line. */
const capitalVintage = z
  .strictObject({
    fiscalYear: z.int().min(1).max(9999).meta({ description: 'The fiscal year the capital was spent in.' }),
    cost: described(moneyString(), 'The capital spent that year.'),
    writtenOff: described(moneyString(), 'How much of it has been written off so far.'),
    yearsWrittenOff: count().meta({ description: 'In how many fiscal years a part of it has been written off so far.' }),
  })
  .meta({ title: 'Capital vintage', description: 'One fiscal year\'s capital expenditure, written off in equal parts (straight-line depreciation).' });

/** A carry balance still to be recovered. */
const carryBalance = z
  .strictObject({
    holder: z.string().min(1).meta({ description: 'The carried holder: a party id, or the party ids of an equal-parts holding joined with `+`.' }),
    carrier: identifier().meta({ description: 'The party that paid the carried party\'s cash calls.' }),
    balance: described(moneyString(), 'What the carrier is still to recover from the holder\'s dividends, interest included.'),
  })
  .meta({ title: 'Carry balance', description: 'What a carrier has paid for a carried holder and not yet recovered.' });

/** The running totals of the open fiscal year. */
const yearToDate = z
  .strictObject({
    fiscalYear: z.int().min(1).max(9999).meta({ description: 'The open fiscal year (named by the year it ends); the fiscal year of `lastPeriod`.' }),
    revenue: described(moneyString(), 'Sales revenue so far this fiscal year.'),
    saleDeductions: described(moneyString(), 'Sale deductions (treatment, refining, transport, ...) so far.'),
    royalties: described(moneyString(), 'Royalties so far.'),
    communityFunds: described(moneyString(), 'Community fund contributions so far, all funds together.'),
    priceParticipation: described(moneyString(), 'Price participation so far.'),
    exportDuties: moneyString().optional().meta({ description: 'Export duties (the raw-export levy) so far; required when the contract levies one.' }),
    operatingCosts: described(moneyString(), 'Operating costs so far.'),
    capitalCosts: described(moneyString(), 'Capital expenditure so far (depreciated when the year is assessed).'),
    funds: z
      .array(z.strictObject({ fund: identifier().meta({ description: 'The community fund clause id.' }), amount: described(moneyString(), 'Its contributions so far this fiscal year.') }))
      .optional()
      .meta({ description: 'Contributions so far per community fund (for its annual floor and cap); required when the contract has community funds.' }),
  })
  .meta({
    title: 'Year to date',
    description: 'The running totals of the fiscal year `lastPeriod` falls in, when it does not close that year: the income tax and the annual floors and caps of the year are then assessed on the whole year. Leave it out when `lastPeriod` closes a fiscal year.',
  });

/**
 * The opening-state file: the balances a payout run starts from when earlier periods were computed
 * elsewhere (`fairlode payout --opening FILE`). Every amount is in the contract currency.
 */
export const openingBalancesSchema = z
  .strictObject({
    contract: identifier().meta({ description: 'The id of the contract these balances belong to.' }),
    lastPeriod: described(periodString(), 'The last period already accounted for; the actuals must start with the period after it.'),
    lossesCarriedForward: z.array(lossCarriedForward).optional().meta({ description: 'Tax losses not yet used, by the fiscal year they arose in.' }),
    capitalVintages: z.array(capitalVintage).optional().meta({ description: 'Capital still being written off straight-line, by the fiscal year it was spent in.' }),
    depreciationPool: moneyString().optional().meta({ description: 'The written-down value of the declining-balance capital pool.' }),
    carriedInterest: z.array(carryBalance).optional().meta({ description: 'Carry balances still to be recovered, per carried holder and carrier.' }),
    reserve: moneyString().optional().meta({ description: 'The project company\'s retained cash.' }),
    rFactor: z
      .strictObject({
        receipts: described(moneyString(), 'Revenue less sale deductions, from the start of the deal to `lastPeriod`.'),
        costs: described(moneyString(), 'Operating and capital costs, from the start of the deal to `lastPeriod`.'),
      })
      .optional()
      .meta({ description: 'Cumulative receipts and costs, for a rate that steps with the R-factor; without them such a rate is not computed.' }),
    commercialProduction: dateString().optional().meta({ description: 'The date commercial production started, when it came before the run starts.' }),
    taxCreditsCarriedForward: moneyString().optional().meta({ description: 'Investment tax credits not yet set against the income tax.' }),
    yearToDate: yearToDate.optional(),
  })
  .meta({
    title: 'fairlode opening balances',
    description: 'The balances a payout run starts from when the contract\'s earlier periods were computed elsewhere: losses, capital, carry, reserve, R-factor totals and the open fiscal year\'s totals, after `lastPeriod`. A balance left out is taken as none.',
  });

/** An opening-state file as written. */
export type OpeningBalancesInput = z.input<typeof openingBalancesSchema>;

/** An opening-state file as typed values. */
export type OpeningBalancesTerms = z.output<typeof openingBalancesSchema>;
