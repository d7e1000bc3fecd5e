import type { PathSegment } from '../diagnostics/diagnostic.js';

/**
 * The value at a path in a parsed document or contract (keys and list positions), or undefined
 * where the path leads nowhere.
 *
 * @example
 * ```ts
 * valueAt({ revenue: { royalties: [{ rate: '5%' }] } }, ['revenue', 'royalties', 0, 'rate']); // '5%'
 * ```
 */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}
