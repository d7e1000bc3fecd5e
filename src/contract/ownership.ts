import { z } from 'zod';
import { partyRef } from './clause.js';
import { rateString } from './exact-values.js';

/** A carrier of a carried interest, optionally with its share of the carry. */
const carrier = z.union([
  partyRef(),
  z.strictObject({ party: partyRef(), share: rateString().meta({ description: 'This carrier\'s share of the carry.' }) }),
]);

/**
 * A carried interest: its holder's share of cash calls is paid by the carriers and, unless
 * `recovery` is `none`, recorded as a balance repaid from the holder's distributions.
 */
export const carriedInterest = z
  .strictObject({
    by: z.array(carrier).min(1).meta({ description: 'Who pays the carried party\'s cash calls: party ids (pro rata to their equity) or {party, share}.' }),
    recovery: z.enum(['from-dividends', 'none']).default('from-dividends').meta({ description: 'How the carriers recover what they paid: from the carried party\'s dividends, or not at all (a free carry).' }),
    interest: rateString().optional().meta({ description: 'Annual interest on the carry balance.' }),
  })
  .meta({ description: 'A carried interest.' });

/**
 * One holding of equity in the project company. A holding is held by one `party`, or by several
 * `parties` in equal parts (so that 25% held in thirds stays exact rather than 8.33% each).
 */
export const holding = z
  .strictObject({
    party: partyRef().optional().meta({ description: 'The holder.' }),
    parties: z.array(partyRef()).min(2).optional().meta({ description: 'Several holders sharing this holding in equal parts.' }),
    share: rateString().meta({ description: 'The share of equity, e.g. "25%".' }),
    carried: carriedInterest.optional(),
    ref: z.string().optional().meta({ description: 'The clause number in the legal text.' }),
  })
  .refine((h) => (h.party === undefined) !== (h.parties === undefined), { error: 'a holding names either "party" or "parties", not both and not neither' })
  .meta({ title: 'Holding', description: 'A holding of equity in the project company.' });

/** The ownership section: holdings summing to exactly 100%. */
export const ownership = z.array(holding).min(1).meta({ description: 'Equity in the project company; shares sum to exactly 100%.' });
