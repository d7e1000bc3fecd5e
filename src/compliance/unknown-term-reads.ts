import type { PathSegment } from '../diagnostics/diagnostic.js';
import type { Contract } from '../contract/contract.js';
import type { UnknownTerm } from '../contract/unknown-terms.js';

/** A contract as a rule sees it, and which of its unknown terms the rule has read. */
export interface WatchedContract {
  /** The contract, read through a view that notes every read of a term written `{ unknown: … }`. */
  readonly contract: Contract;
  /** The last unknown term the rule read and found absent (the typed contract leaves it out), if any. */
  absentUnknownRead(): UnknownTerm | undefined;
}

const isPlainRecord = (v: unknown): v is Record<PropertyKey, unknown> => {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return true;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/**
 * Watches a rule's reads of a contract's unknown terms. An unknown term is left out of the typed
 * contract, so a rule that reads a required term (`c.term.years`) finds it absent and throws a
 * TypeError on the next property. That read is the unknown-term signal `checkContract` rates
 * insufficient-data; any other exception is a bug in the rule and must surface. Only plain objects
 * and arrays are watched (a Decimal or a Date is returned as it is); each object is wrapped once,
 * so identities compare as in the contract. Pure: the contract is not changed.
 *
 * @example
 * ```ts
 * const watched = watchUnknownReads(contract, contract.unknowns ?? []);
 * try { rule.evaluate(watched.contract, options); } catch (e) { if (!watched.absentUnknownRead()) throw e; }
 * ```
 */
export function watchUnknownReads(contract: Contract, unknowns: readonly UnknownTerm[]): WatchedContract {
  // The unknowns whose whole value is left out (not a list item: the list itself is there).
  const absent = new Map<string, UnknownTerm>();
  for (const u of unknowns) if (u.item === undefined) absent.set(JSON.stringify(u.path), u);
  let last: UnknownTerm | undefined;
  const views = new WeakMap<object, object>();

  const view = (target: Record<PropertyKey, unknown>, path: readonly PathSegment[]): object => {
    const seen = views.get(target);
    if (seen) return seen;
    const proxy = new Proxy(target, {
      get(t, key, receiver) {
        const value: unknown = Reflect.get(t, key, receiver);
        if (typeof key === 'symbol') return value;
        const segment: PathSegment = Array.isArray(t) && /^\d+$/.test(key) ? Number(key) : key;
        if (value === undefined) {
          const term = absent.get(JSON.stringify([...path, segment]));
          if (term) last = term;
          return value;
        }
        return isPlainRecord(value) ? view(value, [...path, segment]) : value;
      },
    });
    views.set(target, proxy);
    return proxy;
  };

  return { contract: view(contract as unknown as Record<PropertyKey, unknown>, []) as Contract, absentUnknownRead: () => last };
}
