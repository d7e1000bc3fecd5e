import type { PathSegment } from '../../diagnostics/diagnostic.js';

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
  const walk = (v: unknown, path: PathSegment[]): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, i]));
      return;
    }
    if (!isPlainObject(v)) return;
    if (path.length > 0 && typeof v.id === 'string') {
      found.push({ id: v.id, path, ref: typeof v.ref === 'string' ? v.ref : undefined, section: String(path[0]) });
    }
    for (const [key, child] of Object.entries(v)) {
      if (path.length === 0 && NOT_CLAUSES.has(key)) continue;
      if (child !== null && typeof child === 'object') walk(child, [...path, key]);
    }
  };
  walk(contract, []);
  return found;
}
