// Where the cursor is in a YAML contract, as a path into the document, for completion and hover
// help while the text is being typed (and so is often not valid YAML yet). It reads block
// indentation and single-line flow collections; it never parses the whole document.
import type { PathSegment } from '../diagnostics/diagnostic.js';

/** The place of the cursor: the mapping it is in, and the key being typed there, if any. */
export interface CursorPlace {
  /** The path of the mapping (or sequence item) the cursor is in; a number means "an item of the list". */
  readonly path: readonly PathSegment[];
  /** The key being typed at the cursor (possibly empty), and the offset where it starts; undefined in a value. */
  readonly key: { readonly prefix: string; readonly from: number } | undefined;
}

interface LineShape {
  /** Columns of the `- ` markers at the start of the line. */
  readonly dashes: number[];
  /** Column of the first character after the indentation and the markers. */
  readonly col: number;
  /** The key written there, if the line is `key:` or `key: value`. */
  readonly key: string | undefined;
  /** Whether the key opens a block (nothing, or a block-scalar indicator, after the colon). */
  readonly opensBlock: boolean;
  /** A blank or comment-only line. */
  readonly empty: boolean;
}

const KEY = /^([A-Za-z0-9_][A-Za-z0-9_.-]*|"[^"]*"|'[^']*')\s*:(?=\s|$)(.*)$/;

function shape(line: string): LineShape {
  const dashes: number[] = [];
  let i = 0;
  for (;;) {
    while (line[i] === ' ') i++;
    if (line[i] === '-' && (line[i + 1] === ' ' || line[i + 1] === undefined)) {
      dashes.push(i);
      i += 1;
      continue;
    }
    break;
  }
  const rest = line.slice(i);
  const empty = rest.trim() === '' || rest.startsWith('#');
  const m = KEY.exec(rest);
  const value = m?.[2]?.replace(/\s#.*$/, '').trim() ?? '';
  const key = m?.[1]?.replace(/^["']|["']$/g, '');
  return { dashes, col: i, key, opensBlock: m !== null && (value === '' || /^[|>][-+0-9]*$/.test(value)), empty: empty && dashes.length === 0 };
}

/** The path of keys opened by unclosed `{` / `[` in one line up to the cursor, and the last opener's kind. */
function flowPath(before: string): { path: PathSegment[]; inMapping: boolean; fromIndex: number } | undefined {
  const stack: { seg: PathSegment | undefined; kind: '{' | '['; at: number }[] = [];
  let quote: string | undefined;
  for (let i = 0; i < before.length; i++) {
    const c = before[i]!;
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || before[i - 1] === ' ')) return undefined;
    else if (c === '{' || c === '[') {
      const head = before.slice(0, i);
      const parent = stack.at(-1);
      const keyed = /([A-Za-z0-9_][A-Za-z0-9_.-]*)\s*:\s*$/.exec(head.slice(parent === undefined ? 0 : parent.at + 1));
      stack.push({ seg: parent?.kind === '[' ? 0 : keyed?.[1], kind: c, at: i });
    } else if (c === '}' || c === ']') stack.pop();
  }
  if (stack.length === 0) return undefined;
  const last = stack.at(-1)!;
  const cut = Math.max(before.lastIndexOf(',') > last.at ? before.lastIndexOf(',') : -1, last.at);
  return { path: stack.map((s) => s.seg).filter((s): s is PathSegment => s !== undefined), inMapping: last.kind === '{', fromIndex: cut + 1 };
}

/**
 * Where the cursor at `offset` is in the YAML `text`: the path of the enclosing mapping, read from
 * the indentation of the lines above, and the key being typed, if the cursor is where a key goes.
 *
 * @example
 * ```ts
 * cursorPlace('revenue:\n  royalties:\n    - { id: r, ra', 33).path; // ['revenue', 'royalties', 0]
 * ```
 */
export function cursorPlace(text: string, offset: number): CursorPlace {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const before = text.slice(lineStart, offset);
  const here = shape(before);
  const path: PathSegment[] = [];
  let key: CursorPlace['key'];
  let limit = here.col;
  const flow = flowPath(before);
  if (flow !== undefined) {
    const typed = before.slice(flow.fromIndex);
    const m = /^\s*([A-Za-z0-9_.-]*)$/.exec(typed);
    if (flow.inMapping && m) key = { prefix: m[1]!, from: offset - m[1]!.length };
    path.push(...flow.path);
  } else {
    const m = /^\s*(?:-\s+)*([A-Za-z0-9_.-]*)$/.exec(before);
    if (m) key = { prefix: m[1]!, from: offset - m[1]!.length };
    else if (here.key !== undefined) path.push(here.key);
  }
  for (const d of [...here.dashes].reverse()) {
    path.unshift(0);
    limit = d;
  }
  let end = lineStart - 1;
  while (end > 0 && limit > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const s = shape(text.slice(start, end));
    end = start - 1;
    if (s.empty) continue;
    if (s.key !== undefined && s.col < limit && s.opensBlock) {
      path.unshift(s.key);
      limit = s.col;
    }
    for (const d of [...s.dashes].reverse()) {
      if (d < limit) {
        path.unshift(0);
        limit = d;
      }
    }
    if (start === 0) break;
  }
  return { path, key };
}

/**
 * The path of the key under `offset` in the YAML `text` (the key itself included), for hover
 * help; undefined when the offset is not on a key.
 *
 * @example
 * ```ts
 * keyPathAt('term:\n  years: 20\n', 9); // ['term', 'years']
 * ```
 */
export function keyPathAt(text: string, offset: number): { path: PathSegment[]; from: number; to: number } | undefined {
  const isKeyChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_.-]/.test(c);
  let from = offset;
  let to = offset;
  while (isKeyChar(text[from - 1])) from--;
  while (isKeyChar(text[to])) to++;
  if (from === to || !/^\s*:(\s|$)/.test(text.slice(to, to + 2))) return undefined;
  const place = cursorPlace(text, from);
  if (place.key === undefined) return undefined;
  return { path: [...place.path, text.slice(from, to)], from, to };
}
