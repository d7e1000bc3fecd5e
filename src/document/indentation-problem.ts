import { SOURCE_CODES } from './source-codes.js';
import type { SourceProblem } from './source-diagnostic.js';

// js-yaml says "bad indentation of a mapping entry" (or "of a sequence entry") for several
// different mistakes, and often further along the line than the mistake: a line indented one space
// too deep is read as the continuation of the value above it, so the parser complains only at the
// colon after its key. Reading the lines around the place tells the usual mistakes apart; when
// none fits, the caller falls back to its general wording.

/**
 * A problem for js-yaml's "bad indentation of a mapping entry" or "bad indentation of a sequence
 * entry" reported at `offset`, told apart by the lines around it: a second `key: value` on one
 * line, a line indented more than the entries around it, or an entry not lined up with the key
 * above it (inside a list item). Undefined for other reasons, and when none of these fits.
 *
 * @example
 * ```ts
 * yamlIndentationProblem('id: a\n title: B\n', 'bad indentation of a mapping entry (2:7)', 12)?.message;
 * // 'This line is indented more than the entries around it.'
 * ```
 */
export function yamlIndentationProblem(text: string, reason: string, offset: number): SourceProblem | undefined {
  const mapping = reason.startsWith('bad indentation of a mapping entry');
  if (!mapping && !reason.startsWith('bad indentation of a sequence entry')) return undefined;
  const line = lineAround(text, offset);

  if (offset > line.first) {
    // The parser stopped at a colon after the line's start.
    if (keyIndicatorBetween(text, line.first, offset)) {
      if (!mapping) return undefined;
      return {
        code: SOURCE_CODES.syntax,
        message: 'A second "key: value" follows a value on the same line.',
        start: offset,
        path: [],
        hint: 'put a value that contains ": " in quotes, or move the entry to its own line',
      };
    }
    // The line's own key is the first on it: the parser read the line as going on with the value
    // above, which only a line indented more than that value's key can do.
    return misalignedEntry(text, line, offset, true);
  }

  const above = contentLineAbove(text, line.start);
  if (above === undefined) return undefined;
  if (mapping) {
    // A line deeper than the one above it that does not continue it: after a quoted value or a comment.
    return line.indent > above.indent ? misalignedEntry(text, line, keyOf(text, line)?.end, false) : undefined;
  }
  // A sequence stopped at a line that is no list item of it: a key of the list item above, out of line.
  return isListItem(text, line.first) ? undefined : misalignedEntry(text, line, keyOf(text, line)?.end, false);
}

/** A line of the text, as offsets. */
interface Line {
  /** Offset of its first character. */
  start: number;
  /** Offset of its first character that is not a space or tab (its end when it has none). */
  first: number;
  /** Offset of its line end (or of the end of the text). */
  end: number;
  /** How many characters of indentation it has. */
  indent: number;
}

/** A key at the start of a line's content (after any `- `), as offsets, with its name. */
interface LineKey {
  /** Offset of the key's first character (its opening quote, for a quoted key). */
  start: number;
  /** Offset of the colon after it. */
  end: number;
  /** The key as written, without quotes. */
  name: string;
}

/**
 * The problem for a line whose indentation puts it out of line with its siblings: indented more
 * than the key it should line up with, or less (but more than that key's `- `). The sibling is the
 * key of the nearest line above indented less than this one. `continues` says the parser read the
 * line as the continuation of a value, for the hint.
 */
function misalignedEntry(text: string, line: Line, keyEnd: number | undefined, continues: boolean): SourceProblem | undefined {
  const owner = ownerLine(text, line);
  const sibling = owner === undefined ? undefined : keyOf(text, owner);
  const start = line.first;
  const column = line.indent + 1;
  const problem: SourceProblem = { code: SOURCE_CODES.syntax, message: '', start, path: [] };
  if (keyEnd !== undefined && keyEnd > start) problem.end = keyEnd;
  if (owner === undefined || sibling === undefined) {
    if (!continues) return undefined;
    problem.message = 'This line is indented more than the entries around it.';
    problem.hint = 'start it in the same column as the entries it belongs with, or put the value above it in quotes if the line continues it';
    return problem;
  }
  const siblingColumn = sibling.start - owner.start + 1;
  const siblingLine = lineNumber(text, owner.start);
  if (column > siblingColumn) {
    problem.message = 'This line is indented more than the entries around it.';
    problem.hint = `line it up with its siblings: start it in column ${siblingColumn}, like "${sibling.name}" on line ${siblingLine}`;
    if (continues) problem.hint += '; if it goes on with the value above, put that value in quotes';
    return problem;
  }
  if (column < siblingColumn && column > owner.indent + 1) {
    const own = keyOf(text, line);
    problem.message = `This entry is not lined up with the key above it: "${sibling.name}" on line ${siblingLine} starts in column ${siblingColumn}, this one in column ${column}.`;
    problem.hint = `indent ${own === undefined ? 'it' : `"${own.name}"`} to column ${siblingColumn}, where "${sibling.name}" starts, to keep it in the same list item`;
    return problem;
  }
  return undefined;
}

/** The line that holds `offset`. */
function lineAround(text: string, offset: number): Line {
  return lineFrom(text, offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1);
}

function lineFrom(text: string, start: number): Line {
  const eol = text.indexOf('\n', start);
  const end = eol === -1 ? text.length : eol;
  let first = start;
  while (first < end && (text.charCodeAt(first) === 0x20 || text.charCodeAt(first) === 0x09)) first++;
  return { start, first, end, indent: first - start };
}

/** The nearest line above the one starting at `start` that holds more than a comment; undefined if none. */
function contentLineAbove(text: string, start: number): Line | undefined {
  let lineStart = start;
  while (lineStart > 0) {
    const previousEnd = lineStart - 1; // the line end before this line
    lineStart = previousEnd === 0 ? 0 : text.lastIndexOf('\n', previousEnd - 1) + 1;
    const line = lineFrom(text, lineStart);
    if (line.first < line.end && text.charCodeAt(line.first) !== 0x23 /* # */) return line;
  }
  return undefined;
}

/** The nearest content line above `line` indented less than it: the line whose entry `line` sits in or beside. */
function ownerLine(text: string, line: Line): Line | undefined {
  for (let above = contentLineAbove(text, line.start); above !== undefined; above = contentLineAbove(text, above.start)) {
    if (above.indent < line.indent) return above;
  }
  return undefined;
}

/** Whether a line's content starts with the `- ` of a list item. */
function isListItem(text: string, first: number): boolean {
  return text.charCodeAt(first) === 0x2d /* - */ && isBlankOrEnd(text, first + 1);
}

/** The key that starts a line's content, after any `- `; undefined when the line does not start with `key:`. */
function keyOf(text: string, line: Line): LineKey | undefined {
  let i = line.first;
  while (isListItem(text, i)) {
    i++;
    while (i < line.end && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  }
  const start = i;
  const quote = text.charCodeAt(i);
  if (quote === 0x22 /* " */ || quote === 0x27 /* ' */) {
    const close = text.indexOf(String.fromCharCode(quote), i + 1);
    if (close === -1 || close >= line.end || text.charCodeAt(close + 1) !== 0x3a /* : */) return undefined;
    return { start, end: close + 1, name: text.slice(i + 1, close) };
  }
  for (; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a /* : */ && isBlankOrEnd(text, i + 1)) {
      const name = text.slice(start, i).trimEnd();
      return name === '' ? undefined : { start, end: i, name };
    }
    if (c === 0x23 /* # */ && i > start && isBlankOrEnd(text, i - 1)) return undefined;
  }
  return undefined;
}

/** Whether a `key:` indicator (a colon followed by a space or the line end) lies in `from`..`to`, outside quotes. */
function keyIndicatorBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x22 /* " */ || c === 0x27) /* ' */ && (i === from || isBlankOrEnd(text, i - 1))) {
      const close = text.indexOf(String.fromCharCode(c), i + 1);
      if (close === -1 || close >= to) return false;
      i = close;
    } else if (c === 0x3a /* : */ && isBlankOrEnd(text, i + 1)) return true;
  }
  return false;
}

function isBlankOrEnd(text: string, offset: number): boolean {
  if (offset >= text.length) return true;
  const c = text.charCodeAt(offset);
  return c === 0x20 || c === 0x09 || c === 0x0a;
}

/** The 1-based line number of an offset. */
function lineNumber(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
