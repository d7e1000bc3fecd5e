import type { PathSegment } from '../diagnostics/diagnostic.js';
import type { LoadedContract } from '../contract/load-contract.js';
import { valueAt } from '../contract/value-at.js';

/** An exemption as written on a clause: `exempt: [{ rule, reason }]`. */
export interface DeclaredExemption {
  /** The rule id as written. */
  readonly rule: string;
  /** Why the clause is exempt. */
  readonly reason: string;
  /** The id of the clause that carries it. */
  readonly clauseId: string;
  /** The clause's legal reference, if stated. */
  readonly clause: string | undefined;
  /** The path of the clause. */
  readonly clausePath: readonly PathSegment[];
  /** The path of the exemption entry, e.g. `['environment', 'tailings', 'exempt', 0]`. */
  readonly path: readonly PathSegment[];
}

/**
 * Every exemption declared in the contract, in document order.
 *
 * @example
 * ```ts
 * declaredExemptions(loaded).map((e) => `${e.clauseId}: ${e.rule} (${e.reason})`);
 * ```
 */
export function declaredExemptions(loaded: Pick<LoadedContract, 'contract' | 'clauses'> & { readonly source?: LoadedContract['source'] | undefined }): DeclaredExemption[] {
  const out: DeclaredExemption[] = [];
  // Most contracts have none: skip the walk over every clause when the word is not in the file.
  if (loaded.source !== undefined && !loaded.source.text.includes('exempt')) return out;
  for (const c of loaded.clauses) {
    const exempt = (valueAt(loaded.contract, c.path) as { exempt?: { rule: string; reason: string }[] } | undefined)?.exempt ?? [];
    // An exemption whose rule or reason is written as unknown exempts nothing: the finding stands.
    exempt.forEach((e, i) => typeof e.rule === 'string' && typeof e.reason === 'string' && out.push({ rule: e.rule, reason: e.reason, clauseId: c.id, clause: c.ref, clausePath: c.path, path: [...c.path, 'exempt', i] }));
  }
  return out;
}
