import type { PathSegment } from '../diagnostics/diagnostic.js';

/** What kind of YAML/JSON node a {@link SourceNode} records. */
export type SourceNodeKind = 'scalar' | 'mapping' | 'sequence' | 'alias';

/**
 * One node of a document's source map: where a value sits in the normalised text, and where the
 * key of the mapping entry holding it sits. Offsets are 0-based, ends exclusive; they become lines
 * and columns only when asked for, through a {@link LineIndex}.
 *
 * The map mirrors the value tree: a mapping's children are in `children`, with their keys at the
 * same index in `keys`; a sequence's children are in `children`; an alias points at the node it
 * repeats through `target`.
 */
export class SourceNode {
  /** For a mapping: the key of each child, at the same index as the child. */
  keys: string[] | undefined = undefined;
  /** For a mapping or a sequence: the child nodes, in document order. */
  children: SourceNode[] | undefined = undefined;
  /** For an alias: the anchored node it repeats. */
  target: SourceNode | undefined = undefined;
  /** For a scalar: whether it has no text at all (`key:` with nothing after it); its range is then its key's or its `-`'s. */
  empty = false;
  /** For a mapping: key → index of its child, built on the first lookup so that finding a key costs O(1), not a scan. */
  #keyIndex: Map<string, number> | undefined = undefined;
  #indexed = 0;

  /**
   * @param kind - what the node is
   * @param start - offset of the node's first character (a quote or bracket included)
   * @param end - offset after the node's last character
   * @param keyStart - offset of the key of the entry holding this node, or -1 if none
   * @param keyEnd - offset after that key, or -1 if none
   * @param plain - whether a scalar was written unquoted (JSON: a number, `true`, `false` or `null`)
   */
  constructor(
    readonly kind: SourceNodeKind,
    readonly start: number,
    public end: number,
    readonly keyStart: number,
    readonly keyEnd: number,
    readonly plain: boolean,
  ) {}

  /** For a mapping: the index of `key` among {@link SourceNode.keys}, or -1; the first one if a key repeats. */
  indexOfKey(key: string): number {
    const keys = this.keys;
    if (keys === undefined) return -1;
    this.#keyIndex ??= new Map();
    // Index only the keys added since the last lookup, so lookups during the parse stay linear too.
    for (let i = this.#indexed; i < keys.length; i++) {
      if (!this.#keyIndex.has(keys[i]!)) this.#keyIndex.set(keys[i]!, i);
    }
    this.#indexed = keys.length;
    return this.#keyIndex.get(key) ?? -1;
  }
}

/**
 * The child of a mapping or sequence node at one path segment, if there is one. A numeric segment
 * also finds a mapping key written as that number (`2027: ...`); a digit string finds a sequence item.
 */
export function childNode(node: SourceNode, segment: PathSegment): SourceNode | undefined {
  if (node.kind === 'mapping') {
    const index = node.indexOfKey(typeof segment === 'number' ? String(segment) : segment);
    return index === -1 ? undefined : node.children![index];
  }
  if (node.kind === 'sequence') {
    const index = typeof segment === 'number' ? segment : /^(?:0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : -1;
    return Number.isInteger(index) && index >= 0 ? node.children![index] : undefined;
  }
  return undefined;
}

/** The result of walking a path through a source map. */
export interface NodeLookup {
  /** The node at the path, or the closest existing ancestor. */
  node: SourceNode;
  /** Whether `node` is at the whole path (not an ancestor). */
  exact: boolean;
}

/**
 * Walks `path` from `root`, stopping at the closest existing ancestor when the path leaves the
 * document. With `throughAliases`, a path continues into the node an alias repeats (used to read the
 * exact source of a value reached through an alias); without, it stops at the alias.
 */
export function lookupNode(root: SourceNode, path: readonly PathSegment[], throughAliases: boolean): NodeLookup {
  let node = root;
  for (const segment of path) {
    const from: SourceNode = throughAliases && node.target !== undefined ? node.target : node;
    const child = childNode(from, segment);
    if (child === undefined) return { node, exact: false };
    node = child;
  }
  if (throughAliases && node.target !== undefined) node = node.target;
  return { node, exact: true };
}
