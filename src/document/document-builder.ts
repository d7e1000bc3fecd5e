import type { PathSegment } from '../diagnostics/diagnostic.js';
import type { SourceLimits } from './limits.js';
import { SOURCE_CODES } from './source-codes.js';
import { SourceStop, type SourcePlace, type SourceProblem } from './source-diagnostic.js';
import { SourceNode } from './source-map.js';

type Container = Record<string, unknown> | unknown[];

/** A collection being built. */
class Frame {
  /** The key waiting for its value (mappings only); undefined while a key is expected. */
  key: string | undefined = undefined;
  keyStart = -1;
  keyEnd = -1;
  /** The greatest height of the children so far (a scalar has height 0). */
  height = 0;
  /** Offset after the last child so far, or the collection's start. */
  lastEnd: number;
  /** The builder's value count before this collection. */
  nodesBefore = 0;

  constructor(
    readonly node: SourceNode,
    readonly value: Container,
    /** Whether this collection is itself used as a mapping key (refused, but parsed to go on). */
    readonly isKey: boolean,
  ) {
    this.lastEnd = node.start;
  }
}

/** A finished collection or scalar as an alias can repeat it. */
export interface AnchoredValue {
  /** The value. */
  value: unknown;
  /** Its source node. */
  node: SourceNode;
  /** How many levels it nests (0 for a scalar). */
  height: number;
  /** How many values it counts as, aliases expanded. */
  size: number;
}

/**
 * Builds a document's plain value and its source map together, from parse events given in document
 * order (YAML events or JSON visitor callbacks). It enforces what does not depend on the syntax:
 * duplicate keys, nesting depth, the number of values and aliases. Problems that leave the rest of
 * the document readable are collected in {@link DocumentBuilder.problems}; the others stop the
 * parse with a {@link SourceStop}.
 */
export class DocumentBuilder {
  /** Problems found so far that did not stop the parse. */
  readonly problems: SourceProblem[] = [];
  /** The root's source node, once the root is complete. */
  root: SourceNode | undefined = undefined;
  /** The root's value, once the root is complete. */
  rootValue: unknown = undefined;
  /** Values built so far, each alias counting as the values it repeats. */
  nodeCount = 0;
  /** Aliases seen so far. */
  aliasCount = 0;

  readonly #frames: Frame[] = [];
  readonly #limits: SourceLimits;
  readonly #place: SourcePlace;
  #aliasedNodes = 0;
  #complexKeys = 0;

  /**
   * @param limits - the limits to enforce
   * @param place - where problems are placed (to name the line of a first duplicate key)
   */
  constructor(limits: SourceLimits, place: SourcePlace) {
    this.#limits = limits;
    this.#place = place;
  }

  /** How many collections are open. */
  get depth(): number {
    return this.#frames.length;
  }

  /** Whether the next node is a mapping key. */
  get expectsKey(): boolean {
    const top = this.#frames[this.#frames.length - 1];
    return top !== undefined && top.key === undefined && top.node.kind === 'mapping';
  }

  /** Offset after the last child of the innermost open collection (its start if it has none). */
  get lastChildEnd(): number {
    return this.#frames[this.#frames.length - 1]?.lastEnd ?? 0;
  }

  /** The innermost open collection's node, if any. */
  get openNode(): SourceNode | undefined {
    return this.#frames[this.#frames.length - 1]?.node;
  }

  /** The range of the key waiting for its value, or undefined when there is none. */
  get pendingKeyRange(): { start: number; end: number } | undefined {
    const top = this.#frames[this.#frames.length - 1];
    return top?.key === undefined ? undefined : { start: top.keyStart, end: top.keyEnd };
  }

  /** The path of the node about to be added (with `segment` appended, if given). */
  currentPath(segment?: PathSegment): PathSegment[] {
    const path: PathSegment[] = [];
    for (const frame of this.#frames) {
      if (frame.isKey) break;
      if (frame.node.kind === 'mapping') {
        if (frame.key === undefined) break;
        path.push(frame.key);
      } else path.push(frame.node.children!.length);
    }
    if (segment !== undefined) path.push(segment);
    return path;
  }

  /** The path of the innermost open collection. */
  openPath(): PathSegment[] {
    const path: PathSegment[] = [];
    const frames = this.#frames;
    for (let i = 0; i < frames.length - 1; i++) {
      const frame = frames[i]!;
      if (frame.isKey || frames[i + 1]!.isKey) break;
      path.push(frame.node.kind === 'mapping' ? frame.key! : frame.node.children!.length);
    }
    return path;
  }

  /** Opens a mapping or sequence starting at `start`. */
  beginCollection(kind: 'mapping' | 'sequence', start: number): void {
    if (this.#frames.length >= this.#limits.maxDepth) {
      throw new SourceStop({
        code: SOURCE_CODES.tooDeep,
        message: `The document nests deeper than ${this.#limits.maxDepth} levels.`,
        start,
        path: this.currentPath(),
        hint: 'a contract needs only a few levels; check for runaway brackets or indentation',
      });
    }
    const nodesBefore = this.nodeCount;
    this.#count(1, start);
    const parent = this.#frames[this.#frames.length - 1];
    const isKey = parent !== undefined && parent.key === undefined && parent.node.kind === 'mapping';
    const node = isKey || parent === undefined
      ? new SourceNode(kind, start, start, -1, -1, false)
      : new SourceNode(kind, start, start, parent.keyStart, parent.keyEnd, false);
    node.children = [];
    if (kind === 'mapping') node.keys = [];
    const frame = new Frame(node, kind === 'mapping' ? {} : [], isKey);
    frame.nodesBefore = nodesBefore;
    this.#frames.push(frame);
  }

  /** Closes the innermost collection; `end` is the offset after its last character. */
  endCollection(end: number): AnchoredValue {
    const frame = this.#frames.pop()!;
    frame.node.end = end;
    const height = frame.height + 1;
    const size = this.nodeCount - frame.nodesBefore;
    if (frame.isKey) this.#complexKey(frame.node.start, end);
    else this.#attach(frame.value, frame.node, height);
    return { value: frame.value, node: frame.node, height, size };
  }

  /** Adds the key of the next mapping entry; reports it if the mapping already has it. */
  key(name: string, start: number, end: number): void {
    const frame = this.#frames[this.#frames.length - 1]!;
    if (Object.hasOwn(frame.value, name)) {
      const node = frame.node;
      const first = node.children![node.indexOfKey(name)]!;
      const line = this.#place.lines.positionAt(first.keyStart).line;
      const path = this.currentPath(name);
      this.report({
        code: SOURCE_CODES.duplicateKey,
        message: `Key "${name}" appears twice: first on line ${line}.`,
        start,
        end,
        path,
        hint: 'remove one of the two entries, or merge them',
        related: { message: 'first defined here', start: first.keyStart, end: first.keyEnd, path },
      });
    }
    frame.key = name;
    frame.keyStart = start;
    frame.keyEnd = end;
  }

  /** Adds a scalar value; `plain` says it was written unquoted. */
  scalar(value: unknown, start: number, end: number, plain: boolean): SourceNode {
    this.#count(1, start);
    const parent = this.#frames[this.#frames.length - 1];
    const node = parent === undefined
      ? new SourceNode('scalar', start, end, -1, -1, plain)
      : new SourceNode('scalar', start, end, parent.keyStart, parent.keyEnd, plain);
    this.#attach(value, node, 0);
    return node;
  }

  /** Adds a scalar used as a key that is not plain text (an alias); refused, but parsing goes on. */
  complexKey(start: number, end: number): void {
    this.#complexKey(start, end);
  }

  /**
   * Adds a copy of an anchored value where an alias `*name` stands (`start`..`end`), after checking
   * the alias limits: the number of aliases, the values they expand to, and the depth they reach.
   */
  alias(anchored: AnchoredValue, start: number, end: number): void {
    const limits = this.#limits;
    const path = this.currentPath();
    if (++this.aliasCount > limits.maxAliases) {
      throw new SourceStop({
        code: SOURCE_CODES.aliasLimit,
        message: `The document uses more than ${limits.maxAliases} aliases.`,
        start,
        end,
        path,
        hint: 'write the values out instead of repeating them with aliases (*name)',
      });
    }
    if (this.nodeCount + anchored.size > limits.maxNodes) {
      throw new SourceStop({
        code: SOURCE_CODES.aliasLimit,
        message: `Aliases expand this document to more than ${limits.maxNodes} values.`,
        start,
        end,
        path,
        hint: 'aliases that repeat aliases multiply the size of a document; write the values out instead',
      });
    }
    if (this.#frames.length + anchored.height > limits.maxDepth) {
      throw new SourceStop({
        code: SOURCE_CODES.tooDeep,
        message: `Through this alias the document nests deeper than ${limits.maxDepth} levels.`,
        start,
        end,
        path,
      });
    }
    this.nodeCount += anchored.size;
    this.#aliasedNodes += anchored.size;
    const parent = this.#frames[this.#frames.length - 1];
    const node = parent === undefined
      ? new SourceNode('alias', start, end, -1, -1, false)
      : new SourceNode('alias', start, end, parent.keyStart, parent.keyEnd, false);
    node.target = anchored.node;
    this.#attach(copyValue(anchored.value), node, anchored.height);
  }

  /** Records a problem that leaves the rest of the document readable; stops after 100 of them. */
  report(problem: SourceProblem): void {
    this.problems.push(problem);
    if (this.problems.length >= 100) throw new SourceStop(this.problems.pop()!);
  }

  #complexKey(start: number, end: number): void {
    const frame = this.#frames[this.#frames.length - 1]!;
    this.report({
      code: SOURCE_CODES.complexKey,
      message: 'A key must be plain text, not a list, a mapping or an alias.',
      start,
      end,
      path: this.currentPath(),
      hint: 'write the key as a word or a quoted string',
    });
    // A placeholder no real key can equal, so the refused key causes no duplicate report.
    frame.key = `\u0000complex-key-${++this.#complexKeys}`;
    frame.keyStart = start;
    frame.keyEnd = end;
  }

  #count(nodes: number, start: number): void {
    this.nodeCount += nodes;
    if (this.nodeCount > this.#limits.maxNodes) {
      throw new SourceStop({
        code: this.#aliasedNodes > 0 ? SOURCE_CODES.aliasLimit : SOURCE_CODES.tooLarge,
        message: `The document holds more than ${this.#limits.maxNodes} values${this.#aliasedNodes > 0 ? ', counting what its aliases repeat' : ''}.`,
        start,
        path: this.currentPath(),
        hint: 'split the document, or raise the maxNodes limit if it really is this large',
      });
    }
  }

  #attach(value: unknown, node: SourceNode, height: number): void {
    const frame = this.#frames[this.#frames.length - 1];
    if (frame === undefined) {
      this.root = node;
      this.rootValue = value;
      return;
    }
    const parent = frame.node;
    if (parent.kind === 'mapping') {
      const key = frame.key!;
      setEntry(frame.value as Record<string, unknown>, key, value);
      parent.keys!.push(key);
      frame.key = undefined;
    } else (frame.value as unknown[]).push(value);
    parent.children!.push(node);
    frame.lastEnd = node.end;
    if (height > frame.height) frame.height = height;
  }
}

/** Sets an own property, even for the key `__proto__` (as `JSON.parse` does). */
function setEntry(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else target[key] = value;
}

/** A deep copy of a plain value, so the document's value stays a tree even where aliases repeat a part. */
function copyValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyValue);
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) setEntry(copy, key, copyValue(item));
    return copy;
  }
  return value;
}
