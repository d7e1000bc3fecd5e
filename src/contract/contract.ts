import type { z } from 'zod';
import type { IsoDate } from '../time/index.js';
import type { contractSchema } from './contract-schema.js';
import type { actualsSchema } from './actuals-schema.js';
import type { AssumedTerm, UnknownTerm } from './unknown-terms.js';

/** A contract's terms as typed values (Decimal, Money, Rate, Quantity, IsoDate), after validation. */
export type ContractTerms = z.output<typeof contractSchema>;

/** A validated contract: its terms and the last day of its term. */
export type Contract = ContractTerms & {
  /** The last day of the term: the effective date plus `term.years`, less one day. */
  readonly termEnd: IsoDate;
  /**
   * The terms written as `{ unknown: … }`, in document order. They are left out of the typed terms
   * (a required field written as unknown is absent here): read them before relying on a field.
   * Omitted or empty when every term is known.
   */
  readonly unknowns?: readonly UnknownTerm[];
  /** The values written as `{ assumed: …, basis: … }`, in document order; omitted or empty when none. */
  readonly assumptions?: readonly AssumedTerm[];
};

/** Period actuals as typed values, with the period still as written (resolved against a contract). */
export type ActualsTerms = z.output<typeof actualsSchema>;
