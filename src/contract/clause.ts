import { z } from 'zod';
import { exactValueKinds } from './exact-values.js';
import { termSource } from './term-source.js';

/**
 * `leaf.meta({ description })` for an exact-value leaf (money, percentage, date, ...). `.meta()`
 * returns a copy, and the loader knows exact-value leaves by identity (to explain a bare number such
 * as `5` with `write 5% as "5%"`), so the copy is registered as reading the same kind.
 */
export function described<T extends z.ZodType>(leaf: T, description: string): T {
  const copy = leaf.meta({ description });
  const kind = exactValueKinds.get(leaf);
  if (kind !== undefined) exactValueKinds.set(copy, kind);
  return copy;
}

/** A stable identifier: lower-case letters and digits in kebab-case, e.g. `copper-royalty`. */
export const identifier = () =>
  z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected a kebab-case identifier such as "copper-royalty"' })
    .meta({ description: 'A stable kebab-case identifier.' });

/** A reference to a party by its id. */
export const partyRef = () => identifier().meta({ description: 'The id of a party declared under `parties`.' });

/** A reference to a clause by its id. */
export const clauseRef = () => identifier().meta({ description: 'The id of a clause elsewhere in this contract.' });

/**
 * How strongly an obligation binds: only `shall` is binding; `may` and `endeavour` are
 * discretionary and the compliance rules treat them so.
 */
export const modality = z.enum(['shall', 'may', 'endeavour']).meta({
  description: 'How firmly the legal text states the obligation: shall (binding), may (permitted, at the obligor\'s discretion) or endeavour (best efforts only). Only "shall" counts as binding.',
});

/** One exemption from a compliance rule, with the reason, written next to the clause it concerns. */
export const exemption = z
  .strictObject({
    rule: z.string().min(1).meta({ description: 'The id of the compliance rule this clause is exempt from.' }),
    reason: z.string().trim().min(1, { error: 'an exemption needs a reason' }).meta({ description: 'Why; reported with every exemption.' }),
  })
  .meta({ description: 'An exemption from one compliance rule, with its reason.' });

/**
 * The fields every clause carries: a stable `id`, the legal clause number `ref`, a free-text
 * `note`, rule exemptions, and its provenance `source` (instrument, article or page, URL,
 * confidence).
 */
export const clauseFields = {
  id: identifier().meta({ description: 'Stable id of this clause, unique in the contract.' }),
  ref: z.string().min(1).optional().meta({ description: 'The clause number in the legal text, e.g. "§14.2".' }),
  note: z.string().optional().meta({ description: 'Free text: what the legal text says, in a line.' }),
  exempt: z.array(exemption).optional().meta({ description: 'Compliance rules this clause is exempt from, each with a reason.' }),
  source: termSource.optional().meta({ description: 'Where this clause comes from: the instrument, article or page, URL and how sure we are; cited with every finding about the clause.' }),
};

/** The fields every obligation carries, in addition to the clause fields: its modality. */
export const obligationFields = {
  ...clauseFields,
  modality,
};
