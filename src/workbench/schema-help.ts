// Help from the contract's JSON Schema (src/contract/json-schema.ts) for a place in the document:
// the keys allowed there with their descriptions, and what one key means.
import type { PathSegment } from '../diagnostics/diagnostic.js';

/** A JSON Schema node, as `contractJsonSchema()` produces them. */
export type SchemaNode = Readonly<Record<string, unknown>>;

/** A key allowed at a place, with what it means. */
export interface KeyHelp {
  /** The key. */
  readonly name: string;
  /** Its description from the schema, if any. */
  readonly description: string | undefined;
  /** Whether the schema requires it. */
  readonly required: boolean;
  /** The values it allows, when the schema lists them. */
  readonly values: readonly string[];
}

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The node itself and, recursively, every alternative it combines (`anyOf`, `oneOf`, `allOf`, local `$ref`). */
function alternatives(root: SchemaNode, node: SchemaNode, seen = new Set<SchemaNode>()): SchemaNode[] {
  if (seen.has(node)) return [];
  seen.add(node);
  const out: SchemaNode[] = [node];
  const ref = node.$ref;
  // The `{ unknown }` and `{ assumed }` forms any value may take are not keys of the value itself.
  if (ref === '#/$defs/Unknown' || ref === '#/$defs/Assumed') return [];
  if (typeof ref === 'string' && ref.startsWith('#')) {
    let target: unknown = root;
    for (const part of ref.slice(2).split('/').filter(Boolean)) target = isNode(target) ? target[decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    if (isNode(target)) out.push(...alternatives(root, target, seen));
  }
  for (const k of ['anyOf', 'oneOf', 'allOf']) {
    const list = node[k];
    if (Array.isArray(list)) for (const n of list) if (isNode(n)) out.push(...alternatives(root, n, seen));
  }
  return out;
}

/** The schema nodes that may describe the value at `path` (several when the schema offers alternatives). */
export function schemaNodesAt(root: SchemaNode, path: readonly PathSegment[]): SchemaNode[] {
  let nodes = alternatives(root, root);
  for (const seg of path) {
    const next: SchemaNode[] = [];
    for (const n of nodes) {
      if (typeof seg === 'number') {
        if (isNode(n.items)) next.push(n.items);
      } else {
        const props = n.properties;
        if (isNode(props) && isNode(props[seg])) next.push(props[seg]);
        else if (isNode(n.additionalProperties)) next.push(n.additionalProperties);
      }
    }
    nodes = next.flatMap((n) => alternatives(root, n));
    if (nodes.length === 0) break;
  }
  return nodes;
}

function enumValues(root: SchemaNode, node: SchemaNode): string[] {
  const values = new Set<string>();
  for (const n of alternatives(root, node)) {
    if (Array.isArray(n.enum)) for (const v of n.enum) values.add(String(v));
    if (n.const !== undefined) values.add(String(n.const));
  }
  return [...values];
}

function descriptionOf(root: SchemaNode, node: SchemaNode): string | undefined {
  for (const n of alternatives(root, node)) if (typeof n.description === 'string') return n.description;
  return undefined;
}

/**
 * The keys the schema allows in the mapping at `path`, with their descriptions, in the schema's order.
 *
 * @example
 * ```ts
 * keysAt(contractJsonSchema(), ['term']).map((k) => k.name); // ['years', 'end', ...]
 * ```
 */
export function keysAt(root: SchemaNode, path: readonly PathSegment[]): KeyHelp[] {
  const keys = new Map<string, KeyHelp>();
  for (const n of schemaNodesAt(root, path)) {
    const props = n.properties;
    if (!isNode(props)) continue;
    const required = Array.isArray(n.required) ? n.required : [];
    for (const [name, child] of Object.entries(props)) {
      if (keys.has(name) || !isNode(child)) continue;
      keys.set(name, { name, description: descriptionOf(root, child), required: required.includes(name), values: enumValues(root, child) });
    }
  }
  return [...keys.values()];
}

/**
 * What the key at the end of `path` means, from the schema: its description and allowed values;
 * undefined when the schema does not know the key there.
 *
 * @example
 * ```ts
 * keyHelp(contractJsonSchema(), ['term', 'years'])?.description;
 * ```
 */
export function keyHelp(root: SchemaNode, path: readonly PathSegment[]): KeyHelp | undefined {
  const name = path.at(-1);
  if (typeof name !== 'string') return undefined;
  return keysAt(root, path.slice(0, -1)).find((k) => k.name === name);
}
