import { z } from 'zod';
import { described, partyRef } from './clause.js';
import { rateString } from './exact-values.js';

/** A carrier of a carried interest, optionally with its share of the carry. */
const carrier = z.union([
  partyRef().meta({ description: 'The id of a carrier, carrying pro rata to its equity.' }),
  z.strictObject({
    party: partyRef().meta({ description: 'The id of the carrier.' }),
    share: described(rateString(), 'This carrier\'s share of the carried cash calls; either every carrier states one, summing to 100%, or none does.'),
  }),
]);

/**
 * A carried interest: its holder's share of cash calls is paid by the carriers and, unless
 * `recovery` is `none`, recorded as a balance repaid from the holder's distributions.
 */
export const carriedInterest = z
  .strictObject({
    by: z.array(carrier).min(1).meta({ description: 'Who pays the carried party\'s cash calls: party ids (pro rata to their equity) or {party, share}.' }),
    recovery: z.enum(['from-dividends', 'none']).default('from-dividends').meta({
      description: 'How the carriers recover what they paid: from-dividends (out of the carried party\'s dividends, before it receives any) or none (never: a free or funded carry).',
    }),
    interest: rateString().optional().meta({ description: 'Annual interest on the balance the carriers have not yet recovered; none if omitted.' }),
  })
  .meta({
    description:
      'A carried interest: the holder\'s share of cash calls is paid by the carriers. With recovery from-dividends the carriers recover what they paid, with interest if stated, from the holder\'s dividends before the holder receives any; with recovery none they never recover it (a free or funded carry).',
  });

/**
 * One holding of equity in the project company. A holding is held by one `party`, or by several
 * `parties` in equal parts (so that 25% held in thirds stays exact rather than 8.33% each).
 */
export const holding = z
  .strictObject({
    party: partyRef().optional().meta({ description: 'The holder.' }),
    parties: z.array(partyRef()).min(2).optional().meta({ description: 'Several holders sharing this holding in equal parts.' }),
    share: described(rateString(), 'The share of equity, e.g. "25%".'),
    carried: carriedInterest.optional(),
    ref: z.string().optional().meta({ description: 'The clause number in the legal text.' }),
  })
  .refine((h) => (h.party === undefined) !== (h.parties === undefined), { error: 'a holding names either "party" or "parties", not both and not neither' })
  .meta({ title: 'Holding', description: 'One holding: a share of equity held by one party, or by several in equal parts, possibly carried by others.' });

/** The ownership section: holdings summing to exactly 100%. */
export const ownership = z.array(holding).min(1).meta({ description: 'Equity in the project company; shares sum to exactly 100%.' });
