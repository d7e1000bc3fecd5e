// When a YAML parse fails because a quote or a flow bracket was never closed, the parser notices
// only later ("deficient indentation" on the next line, or the end of the file). This light scan
// finds the opener itself, so the diagnostic can point where the mistake is. It is not a parser:
// it only tracks quotes, [ ] and { }, and comments, which is enough to find what is left open.

/** A quote or flow bracket left open. */
export interface UnclosedOpener {
  /** Its offset in the text. */
  offset: number;
  /** The character: `"`, `'`, `[` or `{`. */
  char: '"' | "'" | '[' | '{';
}

/**
 * The innermost quote or flow bracket opened before `limit` and not closed before it, if any.
 *
 * @example
 * ```ts
 * findUnclosedOpener('a: [1, 2\nb: 3\n', 9); // { offset: 3, char: '[' }
 * ```
 */
export function findUnclosedOpener(text: string, limit: number): UnclosedOpener | undefined {
  const brackets: UnclosedOpener[] = [];
  const end = Math.min(limit, text.length);
  let i = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x23 /* # */ && (i === 0 || isBlank(text.charCodeAt(i - 1)))) {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? end : eol + 1;
      continue;
    }
    if ((c === 0x22 /* " */ || c === 0x27) /* ' */ && startsNode(text, i)) {
      const close = closingQuote(text, i);
      if (close === -1 || close >= end) return { offset: i, char: c === 0x22 ? '"' : "'" };
      i = close + 1;
      continue;
    }
    if ((c === 0x5b /* [ */ || c === 0x7b) /* { */ && (brackets.length > 0 || startsNode(text, i))) {
      brackets.push({ offset: i, char: c === 0x5b ? '[' : '{' });
    } else if ((c === 0x5d /* ] */ || c === 0x7d) /* } */ && brackets.length > 0) {
      brackets.pop();
    }
    i++;
  }
  return brackets[brackets.length - 1];
}

/** Whether a quote or bracket at `at` begins a node: first on its line, or after `:`, `-`, `?`, `,`, `[` or `{`. */
function startsNode(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
  if (i < 0) return true;
  const c = text.charCodeAt(i);
  return c === 0x0a || c === 0x3a || c === 0x2d || c === 0x3f || c === 0x2c || c === 0x5b || c === 0x7b;
}

/** The offset of the quote closing the one at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  const quote = text.charCodeAt(open);
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote === 0x22 && c === 0x5c /* \ */) i++;
    else if (c === quote) {
      if (quote === 0x27 && text.charCodeAt(i + 1) === 0x27) i++; // '' inside single quotes
      else return i;
    }
  }
  return -1;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}
