// When a YAML parse fails because a quote or a flow bracket was never closed, the parser notices
// only later ("deficient indentation" on the next line, or the end of the file). This light scan
// finds the opener itself, so the diagnostic can point where the mistake is. It is not a parser:
// it only tracks quotes, [ ] and { }, and comments, which is enough to find what is left open (and
// to close what is open before the point where the parser gave up on runaway nesting).

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
  const { quote, brackets } = scanOpeners(text, limit);
  return quote ?? brackets[brackets.length - 1];
}

/**
 * The flow brackets (`[` and `{`) opened before `limit` and not closed before it, outermost first;
 * undefined when a quote is left open there, since then the text before `limit` is not whole.
 *
 * @example
 * ```ts
 * openFlowBrackets('a: [1, {b: [2', 13); // [{ offset: 3, char: '[' }, { offset: 7, char: '{' }, { offset: 11, char: '[' }]
 * ```
 */
export function openFlowBrackets(text: string, limit: number): UnclosedOpener[] | undefined {
  const { quote, brackets } = scanOpeners(text, limit);
  return quote === undefined ? brackets : undefined;
}

/** Scans the text before `limit`: the first quote left open there (the scan stops at it), and the brackets left open. */
function scanOpeners(text: string, limit: number): { quote?: UnclosedOpener; brackets: UnclosedOpener[] } {
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
      if (close === -1 || close >= end) return { quote: { offset: i, char: c === 0x22 ? '"' : "'" }, brackets };
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
  return { brackets };
}

/**
 * Whether a quote or bracket at `at` begins a node: first on its line, or after `:`, `-`, `?`, `,`,
 * `[` or `{`, or after an anchor (`&name`) or tag (`!name`) that itself begins the node.
 */
function startsNode(text: string, at: number): boolean {
  let node = at;
  for (;;) {
    let i = node - 1;
    while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i--;
    if (i < 0) return true;
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x3a || c === 0x2d || c === 0x3f || c === 0x2c || c === 0x5b || c === 0x7b) return true;
    if (i === node - 1) return false; // an anchor or tag is followed by a space
    let token = i;
    while (token > 0 && !isBlank(text.charCodeAt(token - 1))) token--;
    const first = text.charCodeAt(token);
    if (first !== 0x26 /* & */ && first !== 0x21 /* ! */) return false;
    node = token;
  }
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
