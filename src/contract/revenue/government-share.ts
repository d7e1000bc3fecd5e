import { z } from 'zod';
import { clauseRef, described, identifier } from '../clause.js';
import { rateString } from '../exact-values.js';

/**
 * How one government receipt (a royalty, tax or windfall clause) is split between levels of
 * government: party id → share, summing to exactly 100%.
 */
export const governmentShare = z
  .strictObject({
    of: clauseRef().meta({ description: 'The clause whose receipts are split.' }),
    ref: z.string().optional().meta({ description: 'The clause number in the legal text, e.g. "§9.4".' }),
    split: z
      .record(identifier(), described(rateString(), 'This party\'s share of the receipt.'), {
        error: (issue) => (issue.code === 'invalid_key' ? 'expected a party id as the key: a kebab-case identifier such as "gob"' : undefined),
      })
      .meta({
        description: 'Party id → that party\'s share of the receipt, e.g. { gob: "80%", gop: "20%" }; the shares sum to exactly 100%.',
      }),
  })
  .meta({ title: 'Government share', description: 'The split of one royalty, windfall, income-tax or bonus clause between parties; the shares sum to exactly 100%.' });
