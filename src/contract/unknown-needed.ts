import type { Diagnostic, PathSegment } from '../diagnostics/diagnostic.js';
import type { Contract } from './contract.js';
import { describePath } from './placement.js';
import { bearsOn } from './unknown-terms.js';

/**
 * The parts of a contract the payout computation and the fiscal analysis compute with: parties
 * (their roles), ownership, revenue, commodities, processing (export levies), the fiscal year,
 * rounding, allocation and shareholder loans.
 */
export const COMPUTED_TERMS: readonly (readonly PathSegment[])[] = [['parties'], ['ownership'], ['revenue'], ['commodities'], ['processing'], ['fiscalYear'], ['rounding'], ['allocation'], ['relatedParties', 'shareholderLoans']];

/** Fields that describe a clause rather than compute with it: unknown, they change no amount. */
const DESCRIPTIVE = new Set(['note', 'ref', 'name', 'title', 'description']);

/**
 * An error for every unknown term an engine would compute with: `contract/unknown-term`, placed
 * where the unknown is written, naming the term and its reason and suggesting an assumption. An
 * engine calls it on entry and refuses to compute when it returns anything, so that a default (an
 * empty list of royalties where the royalties are unknown) never passes for a fact.
 *
 * @example
 * ```ts
 * const refused = unknownTermsNeeded(contract, 'deal.yaml', 'The payout computation');
 * if (refused.length > 0) return { ok: false, diagnostics: refused };
 * ```
 */
export function unknownTermsNeeded(contract: Contract, file: string | undefined, purpose: string, areas: readonly (readonly PathSegment[])[] = COMPUTED_TERMS): Diagnostic[] {
  return (contract.unknowns ?? [])
    .filter((u) => areas.some((a) => bearsOn(u, a)) && !DESCRIPTIVE.has(String(u.path[u.path.length - 1])))
    .map((u) => ({
      code: 'contract/unknown-term',
      severity: 'error' as const,
      message: `${purpose} needs ${describePath(u.item === undefined ? u.path : [...u.path, u.item])}, which is unknown (${u.reason}).`,
      hint: 'write it as { assumed: <value>, basis: "<why>" } to compute on an assumption; every output will say it rests on it',
      path: u.item === undefined ? [...u.path] : [...u.path, u.item],
      ...(file === undefined ? {} : { file }),
      ...(u.range === undefined ? {} : { range: u.range }),
    }));
}
