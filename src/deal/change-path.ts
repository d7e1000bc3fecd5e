import type { PathSegment } from '../diagnostics/diagnostic.js';
import type { ClauseEntry } from '../contract/integrity/clause-index.js';

/**
 * Reads the path an amendment's change names: dotted names, with list positions as `[0]` or `.0`,
 * e.g. `revenue.royalties[0].rate`, `term.years` or `copper-royalty.rate`. Undefined when the text
 * is not a path (an empty part, an unclosed bracket).
 *
 * @example
 * ```ts
 * parseChangePath('revenue.royalties[0].rate'); // ['revenue', 'royalties', 0, 'rate']
 * ```
 */
export function parseChangePath(text: string): PathSegment[] | undefined {
  const out: PathSegment[] = [];
  for (const part of text.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (m === null) return undefined;
    const name = m[1]!;
    const indices = [...m[2]!.matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]));
    if (name === '' && indices.length === 0) return undefined;
    if (name !== '') out.push(/^\d+$/.test(name) ? Number(name) : name);
    out.push(...indices);
  }
  return out;
}

/**
 * The path in the terms that a change's path names: when its first part is the id of a clause in
 * the terms, the path runs from that clause (`copper-royalty.rate`); otherwise from the top
 * (`term.years`).
 */
export function resolveChangePath(segments: readonly PathSegment[], clauses: readonly ClauseEntry[]): PathSegment[] {
  const [first, ...rest] = segments;
  const clause = typeof first === 'string' ? clauses.find((c) => c.id === first) : undefined;
  return clause ? [...clause.path, ...rest] : [...segments];
}

/** The value at a path of a plain value, or undefined. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (v === null || typeof v !== 'object') return undefined;
    if (Array.isArray(v)) {
      if (typeof seg !== 'number') return undefined;
      v = v[seg];
    } else {
      if (typeof seg !== 'string' || !Object.hasOwn(v, seg)) return undefined;
      v = (v as Record<string, unknown>)[seg];
    }
  }
  return v;
}

/** A path written back as the dotted text a change uses: `revenue.royalties[0].rate`. */
export function formatChangePath(path: readonly PathSegment[]): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s === '' ? seg : `.${seg}`;
  return s;
}
