import { z } from 'zod';
import { rateString } from '../exact-values.js';

/** A kind of deduction from gross revenue allowed in computing net smelter return. */
export const nsrDeduction = z.enum(['treatment', 'refining', 'transport', 'insurance', 'penalties', 'marketing']);

/**
 * Net smelter return: gross revenue less the deductions the contract allows, never below zero.
 * The amounts deducted come from each period's actuals.
 */
export const netSmelterReturn = z
  .strictObject({
    ref: z.string().optional().meta({ description: 'The clause number in the legal text, e.g. "§9.3".' }),
    allowedDeductions: z.array(nsrDeduction).min(1).meta({
      description: 'Which deductions reported in the actuals may reduce gross revenue: treatment and refining charges, transport, insurance, penalties (smelter penalties for impurities) and marketing costs.',
    }),
    maximumDeduction: rateString().optional().meta({ description: 'Cap on all deductions together, as a share of gross revenue.' }),
  })
  .meta({ description: 'How net smelter return is computed from gross revenue.' });
