import type { PathSegment, SourceRange } from '../diagnostics/diagnostic.js';
import type { SourceLimits } from './limits.js';
import { LineIndex } from './line-index.js';
import type { SourceFormat } from './source-format.js';
import { lookupNode, type SourceNode } from './source-map.js';

/**
 * A parsed contract (or actuals) file: its plain value, and a source map from paths in that value
 * back to lines and columns of the text. Produced by {@link parseSource}.
 *
 * Paths are JSON paths as zod reports them (`['revenue', 'royalties', 0, 'rate']`). Ranges are
 * 1-based with an exclusive end column, counted in the normalised text (BOM stripped, line ends
 * LF), which gives the same lines and columns an editor shows for the original file.
 *
 * @example
 * ```ts
 * const parsed = parseSource('revenue:\n  rate: 0.10\n', { file: 'deal.yaml' });
 * if (parsed.ok) {
 *   parsed.value.rangeOf(['revenue', 'rate']);  // { start: { line: 2, column: 9 }, end: { line: 2, column: 13 } }
 *   parsed.value.sourceOf(['revenue', 'rate']); // '0.10'
 * }
 * ```
 */
export interface SourceDocument {
  /** The file name, as given in the options. */
  readonly file: string | undefined;
  /** Whether the text was read as YAML or as JSON. */
  readonly format: SourceFormat;
  /** The normalised text: BOM stripped, CRLF and CR turned into LF. */
  readonly text: string;
  /** The plain value: plain objects, arrays, strings, numbers, booleans and null; no shared parts. */
  readonly value: unknown;
  /**
   * The range of the value at `path`. If the path does not exist, the range of its closest existing
   * ancestor (as Spectral's `getRangeForJsonPath(path, true)`); for `[]`, the root's range. A path
   * through an alias stops at the alias (`*name`), where the value appears to the reader.
   */
  rangeOf(path: readonly PathSegment[]): SourceRange | undefined;
  /**
   * The range of the key of the mapping entry at `path`, for diagnostics about the key itself (an
   * unknown key, say). Falls back to {@link SourceDocument.rangeOf} where there is no such key.
   */
  keyRangeOf(path: readonly PathSegment[]): SourceRange | undefined;
  /**
   * The exact source text of the scalar at `path`, e.g. `0.10` for `rate: 0.10`, so that an exact
   * value is never read through a JS number. Quotes are included for a quoted scalar (see
   * {@link SourceDocument.isPlainScalar}). Follows aliases to the anchored scalar. Undefined when
   * the path does not lead to a scalar, or the scalar has no text (`key:` with nothing after it).
   */
  sourceOf(path: readonly PathSegment[]): string | undefined;
  /**
   * Whether the scalar at `path` was written unquoted (in JSON: a number, `true`, `false` or
   * `null`), so a caller can say "a bare number". False when there is no scalar at `path`.
   */
  isPlainScalar(path: readonly PathSegment[]): boolean;
}

/** Options for {@link parseSource}. */
export interface SourceOptions {
  /** The file name, put on every diagnostic and on the document; also picks the format when `format` is not given. */
  file?: string;
  /** Read the text as YAML or JSON; by default from the file name (`.json` is JSON), else YAML. */
  format?: SourceFormat;
  /** Limits to use instead of {@link DEFAULT_SOURCE_LIMITS}. */
  limits?: Partial<SourceLimits>;
}

/**
 * The {@link SourceDocument} that {@link parseSource} returns: a value with its source map, and a
 * line index built on the first lookup (most documents that load cleanly are never asked).
 */
export class MappedSourceDocument implements SourceDocument {
  readonly file: string | undefined;
  readonly format: SourceFormat;
  readonly text: string;
  readonly value: unknown;
  readonly #root: SourceNode;
  #lines: LineIndex | undefined;

  /**
   * @param parts - the document's parts: file, format, normalised text, value, source-map root and
   * the line index if one was already built
   */
  constructor(parts: { file: string | undefined; format: SourceFormat; text: string; value: unknown; root: SourceNode; lines?: LineIndex | undefined }) {
    this.file = parts.file;
    this.format = parts.format;
    this.text = parts.text;
    this.value = parts.value;
    this.#root = parts.root;
    this.#lines = parts.lines;
  }

  rangeOf(path: readonly PathSegment[]): SourceRange | undefined {
    const { node } = lookupNode(this.#root, path, false);
    return this.#lineIndex().rangeOf(node.start, node.end);
  }

  keyRangeOf(path: readonly PathSegment[]): SourceRange | undefined {
    const { node, exact } = lookupNode(this.#root, path, false);
    if (exact && node.keyStart !== -1) return this.#lineIndex().rangeOf(node.keyStart, node.keyEnd);
    return this.#lineIndex().rangeOf(node.start, node.end);
  }

  sourceOf(path: readonly PathSegment[]): string | undefined {
    const { node, exact } = lookupNode(this.#root, path, true);
    if (!exact || node.kind !== 'scalar' || node.empty) return undefined;
    return this.text.slice(node.start, node.end);
  }

  isPlainScalar(path: readonly PathSegment[]): boolean {
    const { node, exact } = lookupNode(this.#root, path, true);
    return exact && node.kind === 'scalar' && node.plain;
  }

  #lineIndex(): LineIndex {
    this.#lines ??= new LineIndex(this.text);
    return this.#lines;
  }
}
