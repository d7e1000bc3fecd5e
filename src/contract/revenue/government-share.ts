import { z } from 'zod';
import { clauseRef } from '../clause.js';
import { rateString } from '../exact-values.js';

/**
 * How one government receipt (a royalty, tax or windfall clause) is split between levels of
 * government: party id → share, summing to exactly 100%.
 */
export const governmentShare = z
  .strictObject({
    of: clauseRef().meta({ description: 'The clause whose receipts are split.' }),
    ref: z.string().optional(),
    split: z.record(z.string(), rateString()).meta({ description: 'Party id → share; the shares sum to exactly 100%.' }),
  })
  .meta({ title: 'Government share', description: 'The split of a government receipt between levels of government.' });
