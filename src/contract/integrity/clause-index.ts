import type { PathSegment } from '../../diagnostics/diagnostic.js';
import type { TermSource } from '../term-source.js';

/** A clause found in a contract: its id, where it is, the legal reference and its section. */
export interface ClauseEntry {
  /** The clause id. */
  readonly id: string;
  /** Its path in the contract. */
  readonly path: readonly PathSegment[];
  /** The legal clause number, if stated. */
  readonly ref: string | undefined;
  /** The top-level section it sits in, e.g. `revenue`. */
  readonly section: string;
  /** Where the clause comes from (its `source:`), if stated. */
  readonly source?: TermSource;
}

// Sections whose entries' ids are not clause ids (they have their own namespaces).
const NOT_CLAUSES = new Set(['parties', 'commodities']);

/** Whether a value is a plain object (not an array, a Decimal or another class instance). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Finds every clause (every object with an `id` below the top level, outside `parties` and
 * `commodities`), in document order. Duplicates are all listed; the caller reports them.
 */
export function findClauses(contract: unknown): ClauseEntry[] {
  const found: ClauseEntry[] = [];
  // One path, extended and shortened as the walk goes; copied only for a clause found.
  const path: PathSegment[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const item: unknown = v[i];
        if (item === null || typeof item !== 'object') continue;
        path.push(i);
        walk(item);
        path.pop();
      }
      return;
    }
    if (!isPlainObject(v)) return;
    if (path.length > 0 && typeof v.id === 'string') {
      const entry: ClauseEntry = { id: v.id, path: [...path], ref: typeof v.ref === 'string' ? v.ref : undefined, section: String(path[0]) };
      found.push(isPlainObject(v.source) && typeof v.source.instrument === 'string' ? { ...entry, source: v.source as unknown as TermSource } : entry);
    }
    for (const key of Object.keys(v)) {
      if (path.length === 0 && NOT_CLAUSES.has(key)) continue;
      const child = v[key];
      if (child === null || typeof child !== 'object') continue;
      path.push(key);
      walk(child);
      path.pop();
    }
  };
  walk(contract);
  return found;
}
