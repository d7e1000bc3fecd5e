import type { Diagnostic, PathSegment, SourceRange } from '../diagnostics/diagnostic.js';
import { isOptionsObject } from '../diagnostics/invalid-argument.js';
import type { SourceDocument } from '../document/index.js';
import { describePath, placeAt } from './placement.js';
import { termSource, type TermSource } from './term-source.js';

/**
 * A term the contract's author writes as not known, `{ unknown: "not disclosed" }`, in place of its
 * value: a field, a list, a list item or a whole section. Unknown is not absent: a rule whose facts
 * are unknown rates `insufficient-data`, and an engine that needs the term refuses to compute.
 */
export interface UnknownTerm {
  /**
   * Where the term belongs in the typed contract. For a list item, the path of the list (the item
   * is left out of the typed list) and `item` is its index as written.
   */
  readonly path: readonly PathSegment[];
  /** The index of the item as written, when a list item is unknown. */
  readonly item?: number;
  /** Why it is not known, as written: "not disclosed", "redacted", "not found in the published summary". */
  readonly reason: string;
  /** Where the statement that it is unknown comes from, if given. */
  readonly source?: TermSource;
  /** Where the unknown is written in the file. */
  readonly range?: SourceRange;
}

/**
 * A value written as an assumption, `{ assumed: "5%", basis: "statutory rate" }`: the value is used,
 * and every output that depends on it says that it rests on an assumption.
 */
export interface AssumedTerm {
  /** Where the value sits in the typed contract. */
  readonly path: readonly PathSegment[];
  /** The value as written (before conversion), e.g. `"5%"`. */
  readonly value: unknown;
  /** Why it is assumed, as written. */
  readonly basis: string;
  /** Where the assumption is written in the file. */
  readonly range?: SourceRange;
}

/** What {@link readUnknownTerms} finds in a document. */
export interface UnknownTermsReading {
  /** The document's value with every unknown left out and every assumption replaced by its value. */
  readonly value: unknown;
  /** The source document seen through that value: paths of the new value map to the text as written. */
  readonly source: SourceDocument;
  /** The unknown terms, in document order. */
  readonly unknowns: UnknownTerm[];
  /** The assumed terms, in document order. */
  readonly assumptions: AssumedTerm[];
  /** Malformed unknown or assumed forms, located. */
  readonly diagnostics: Diagnostic[];
  /** Where the malformed forms are, as paths of `value` (left out of it, so the schema's issues there are echoes). */
  readonly malformed: readonly (readonly PathSegment[])[];
}

/** Keys that cannot be unknown: the format version and ids (an id is how the file names the clause). */
const NEVER_UNKNOWN = new Set(['fairlode', 'id']);

const UNKNOWN_HINT = 'write { unknown: "not disclosed" } (optionally with source: { instrument: …, confidence: … }) in place of the value, and nothing else beside it';
const ASSUMED_HINT = 'write { assumed: <the value>, basis: "<why it is assumed>" } in place of the value';

type Rewrite = { readonly kind: 'assumed' } | { readonly kind: 'list'; readonly written: readonly number[] };


/**
 * Reads the `{ unknown: … }` and `{ assumed: …, basis: … }` forms anywhere in a parsed document
 * (exact key sets: `unknown` with an optional `source`; `assumed` and `basis` with an optional
 * `source`). An unknown is left out of the value (so the schema's "required" does not ask for it)
 * and recorded; an assumption is replaced by its value and recorded. Any other mapping with an
 * `unknown` or `assumed` key is a located error with a hint. Pure: the document is not changed.
 *
 * @example
 * ```ts
 * const parsed = parseSource('title: { unknown: "redacted" }\n');
 * if (parsed.ok) readUnknownTerms(parsed.value).unknowns[0]?.reason; // 'redacted'
 * ```
 */
export function readUnknownTerms(source: SourceDocument): UnknownTermsReading {
  const unknowns: UnknownTerm[] = [];
  const assumptions: AssumedTerm[] = [];
  const diagnostics: Diagnostic[] = [];
  const rewrites = new Map<string, Rewrite>();
  const malformed: PathSegment[][] = [];
  const range = (written: readonly PathSegment[]) => source.rangeOf(written);
  const error = (written: readonly PathSegment[], code: string, message: string, hint: string) => diagnostics.push(placeAt(source, written, { code, severity: 'error', message, hint }));

  /** The term source of an unknown or assumed node, reporting a malformed one. */
  const sourceOf = (node: Record<string, unknown>, written: readonly PathSegment[]): TermSource | undefined | false => {
    if (!('source' in node)) return undefined;
    const parsed = termSource.safeParse(node.source);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    error([...written, 'source', ...(issue.path as PathSegment[])], 'contract/malformed-source', `The source at ${describePath([...written, 'source'])} is not valid: ${issue.message}.`, 'a source is { instrument: "…", article?: "…", page?: …, url?: "…", confidence: verified | high | medium | low }');
    return false;
  };

  /** Classifies a mapping: an unknown (with its reason), an assumption, a malformed form, or plain data. */
  const classify = (node: Record<string, unknown>, written: readonly PathSegment[]): 'data' | 'malformed' | { unknown: string; source: TermSource | undefined } | { assumed: unknown; basis: string } => {
    const keys = Object.keys(node);
    if (keys.includes('unknown')) {
      const extra = keys.filter((k) => k !== 'unknown' && k !== 'source');
      if (extra.length > 0) {
        error([...written, extra[0]!], 'contract/malformed-unknown', `An unknown term carries a reason and an optional source, nothing else; ${describePath(written)} also has ${extra.map((k) => `"${k}"`).join(', ')}.`, UNKNOWN_HINT);
        return 'malformed';
      }
      if (typeof node.unknown !== 'string' || node.unknown.trim() === '') {
        error([...written, 'unknown'], 'contract/malformed-unknown', `The reason a term is unknown must be a non-empty text, e.g. "not disclosed"; at ${describePath(written)} it is not.`, UNKNOWN_HINT);
        return 'malformed';
      }
      const last = written[written.length - 1];
      if (typeof last === 'string' && NEVER_UNKNOWN.has(last)) {
        error(written, 'contract/malformed-unknown', `${describePath(written)} cannot be unknown: it is how this file names the ${last === 'id' ? 'clause' : 'format version'}.`, last === 'id' ? 'choose an id for the clause; write the clause\'s unknown terms as unknown' : 'write "fairlode: 1"');
        return 'malformed';
      }
      const src = sourceOf(node, written);
      return src === false ? 'malformed' : { unknown: node.unknown.trim(), source: src };
    }
    if (keys.includes('assumed')) {
      const extra = keys.filter((k) => k !== 'assumed' && k !== 'basis' && k !== 'source');
      if (extra.length > 0) {
        error([...written, extra[0]!], 'contract/malformed-assumption', `An assumed value carries its value, its basis and an optional source, nothing else; ${describePath(written)} also has ${extra.map((k) => `"${k}"`).join(', ')}.`, ASSUMED_HINT);
        return 'malformed';
      }
      if (typeof node.basis !== 'string' || node.basis.trim() === '') {
        error(keys.includes('basis') ? [...written, 'basis'] : written, 'contract/malformed-assumption', `An assumed value needs its basis, a non-empty text such as "statutory rate"; ${describePath(written)} has none.`, ASSUMED_HINT);
        return 'malformed';
      }
      if (node.assumed === null || node.assumed === undefined) {
        error([...written, 'assumed'], 'contract/malformed-assumption', `The assumed value at ${describePath(written)} is empty.`, ASSUMED_HINT);
        return 'malformed';
      }
      if (sourceOf(node, written) === false) return 'malformed';
      return { assumed: node.assumed, basis: node.basis.trim() };
    }
    return 'data';
  };

  /** The value at `written` (as written) with unknowns out and assumptions in; `clean` is its path in the result. */
  const walk = (value: unknown, written: PathSegment[], clean: PathSegment[]): unknown => {
    if (Array.isArray(value)) {
      const out: unknown[] = [];
      const kept: number[] = [];
      value.forEach((item, i) => {
        if (isOptionsObject(item)) {
          const kind = classify(item, [...written, i]);
          if (kind === 'malformed') malformed.push([...clean, out.length]);
          if (typeof kind === 'object' && 'unknown' in kind) {
            unknowns.push({ path: [...clean], item: i, reason: kind.unknown, ...(kind.source ? { source: kind.source } : {}), ...located(range([...written, i])) });
            return;
          }
          if (typeof kind === 'object') {
            const at = [...clean, out.length];
            assumptions.push({ path: at, value: kind.assumed, basis: kind.basis, ...located(range([...written, i])) });
            rewrites.set(key(at), { kind: 'assumed' });
            kept.push(i);
            out.push(walk(kind.assumed, [...written, i, 'assumed'], at));
            return;
          }
        }
        kept.push(i);
        out.push(walk(item, [...written, i], [...clean, out.length]));
      });
      if (kept.length !== value.length) rewrites.set(key(clean), { kind: 'list', written: kept });
      return out;
    }
    if (!isOptionsObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const at = [...written, k];
      if (isOptionsObject(v)) {
        const kind = classify(v, at);
        if (kind === 'malformed') {
          malformed.push([...clean, k]);
          continue;
        }
        if (typeof kind === 'object' && 'unknown' in kind) {
          unknowns.push({ path: [...clean, k], reason: kind.unknown, ...(kind.source ? { source: kind.source } : {}), ...located(range(at)) });
          continue;
        }
        if (typeof kind === 'object') {
          assumptions.push({ path: [...clean, k], value: kind.assumed, basis: kind.basis, ...located(range(at)) });
          rewrites.set(key([...clean, k]), { kind: 'assumed' });
          out[k] = walk(kind.assumed, [...at, 'assumed'], [...clean, k]);
          continue;
        }
      }
      out[k] = walk(v, at, [...clean, k]);
    }
    return out;
  };

  const value = walk(source.value, [], []);
  return { value, source: diagnostics.length === 0 && rewrites.size === 0 && unknowns.length === 0 ? source : new WrittenSource(source, value, rewrites), unknowns, assumptions, diagnostics, malformed };
}

function key(path: readonly PathSegment[]): string {
  return JSON.stringify(path);
}

function located(range: SourceRange | undefined): { range?: SourceRange } {
  return range === undefined ? {} : { range };
}

/**
 * A source document seen through the value with unknowns left out and assumptions in: a path of
 * that value is mapped to the path as written (list indices shifted back over left-out items, and
 * into an assumption's `assumed`) before it is looked up in the text.
 */
class WrittenSource implements SourceDocument {
  readonly file: string | undefined;
  readonly format: SourceDocument['format'];
  readonly text: string;
  readonly value: unknown;
  readonly #written: SourceDocument;
  readonly #rewrites: ReadonlyMap<string, Rewrite>;

  constructor(written: SourceDocument, value: unknown, rewrites: ReadonlyMap<string, Rewrite>) {
    this.file = written.file;
    this.format = written.format;
    this.text = written.text;
    this.value = value;
    this.#written = written;
    this.#rewrites = rewrites;
  }

  /** The path as written of a path in the value. */
  writtenPath(path: readonly PathSegment[]): PathSegment[] {
    const out: PathSegment[] = [];
    for (let i = 0; i <= path.length; i++) {
      const rewrite = this.#rewrites.get(key(path.slice(0, i)));
      if (rewrite?.kind === 'assumed') out.push('assumed');
      if (i === path.length) break;
      const seg = path[i]!;
      out.push(rewrite?.kind === 'list' && typeof seg === 'number' ? (rewrite.written[seg] ?? seg) : seg);
    }
    return out;
  }

  rangeOf(path: readonly PathSegment[]): SourceRange | undefined {
    return this.#written.rangeOf(this.writtenPath(path));
  }

  keyRangeOf(path: readonly PathSegment[]): SourceRange | undefined {
    // The key of an assumed value is the key of the assumption itself.
    const written = this.writtenPath(path);
    return this.#written.keyRangeOf(written[written.length - 1] === 'assumed' ? written.slice(0, -1) : written);
  }

  sourceOf(path: readonly PathSegment[]): string | undefined {
    return this.#written.sourceOf(this.writtenPath(path));
  }

  isPlainScalar(path: readonly PathSegment[]): boolean {
    return this.#written.isPlainScalar(this.writtenPath(path));
  }
}

/**
 * Whether an unknown term bears on a path: it is at the path, inside it, or encloses it (a list
 * item bears on its list). A rule finding at such a path may be wrong for want of the fact.
 *
 * @example
 * ```ts
 * bearsOn({ path: ['community'], reason: 'not published' }, ['community', 'training']); // true
 * ```
 */
export function bearsOn(term: UnknownTerm, path: readonly PathSegment[]): boolean {
  const n = Math.min(term.path.length, path.length);
  for (let i = 0; i < n; i++) if (term.path[i] !== path[i]) return false;
  return true;
}

/**
 * Whether any term written `{ unknown: … }` in the contract bears on a path ({@link bearsOn}): the
 * test a rule makes before crediting an optional fact the contract omits.
 *
 * @example
 * ```ts
 * isUnknownAt(contract, ['governance', 'stabilization', 'years']); // true when the years are written unknown
 * ```
 */
export function isUnknownAt(contract: { readonly unknowns?: readonly UnknownTerm[] | undefined }, path: readonly PathSegment[]): boolean {
  return contract.unknowns?.some((u) => bearsOn(u, path)) === true;
}

/**
 * Describes an unknown term for a message: `"revenue.royalties[0].rate" (not disclosed)`.
 *
 * @example
 * ```ts
 * describeUnknown({ path: ['title'], reason: 'redacted' }); // '"title" is unknown (redacted)'
 * ```
 */
export function describeUnknown(term: UnknownTerm): string {
  const at = term.item === undefined ? term.path : [...term.path, term.item];
  return `${describePath(at)} is unknown (${term.reason})`;
}
