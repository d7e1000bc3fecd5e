import { z } from 'zod';
import { nsrDeduction } from './net-smelter-return.js';

/**
 * Which price values a royalty's base: the price realised on the sale, a reference (norm) price
 * published for the period and given in the actuals' `referencePrices`, or the higher of the two
 * (an arm's-length rule).
 */
export const valuationPrice = z.enum(['realised', 'reference', 'higher-of-realised-and-reference']).meta({
  description: 'The price the royalty base is valued at: realised (the sale price), reference (the period\'s reference price from the actuals\' referencePrices, e.g. an exchange\'s monthly average: a "norm value") or higher-of-realised-and-reference (an arm\'s-length rule: never below the benchmark).',
});

/** Where along the chain from mine to buyer the royalty base is valued. */
export const pointOfValuation = z.enum(['mine-gate', 'fob', 'cif', 'delivered']).meta({
  description: 'Where the base is valued: mine-gate (at the mine), fob (free on board at the port of export), cif (cost, insurance and freight to the buyer\'s port) or delivered. Names the point in the trace; the deductions listed bring each sale\'s value back to it.',
});

/**
 * How a royalty's base is valued, when not at the price realised on each sale: a reference price,
 * a point of valuation and the deductions between the point of sale and it. Only the royalty base
 * changes: revenue, tax and distributions keep the realised price.
 */
export const royaltyValuation = z
  .strictObject({
    price: valuationPrice,
    benchmark: z.string().min(1).optional().meta({ description: 'The reference price in words, as the contract names it, e.g. "LME copper cash settlement, monthly average".' }),
    point: pointOfValuation.optional(),
    deductions: z.array(nsrDeduction).prefault([]).meta({
      description: 'The deductions reported on each sale that bring its value back to the point of valuation (e.g. transport and insurance from the mine gate to the port); the value is never below zero.',
    }),
  })
  .meta({ description: 'How the royalty base is valued: at the realised price, a reference price or the higher of the two, at a point of valuation, less the deductions between.' });
