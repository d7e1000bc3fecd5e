// How every Markdown output writes user text. Internal to src/format.
import { visibleText } from '../diagnostics/visible-text.js';

// One pass: HTML's three as entities, what changes Markdown's rendering behind a backslash.
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', ...Object.fromEntries([...'\\`*_[]~$|'].map((c) => [c, `\\${c}`])) };

/**
 * User text for Markdown (GitHub-flavoured): a table cell, a heading, a list item or a quote. It
 * stays on one line (CR and LF, alone or paired, become a space), keeps its row's columns (`|` is
 * escaped), shows no HTML (`<`, `>`, `&` become entities) and changes no rendering: `\`, backticks,
 * `*`, `_`, `[`, `]`, `~` and `$` (GitHub's maths) are escaped with a backslash, and so is what
 * would start a block at the start of the text: a heading's `#`, a list item's `-`, `+` or `1.`,
 * a setext underline of `=` or `-`. Control and bidirectional characters are shown as
 * {@link visibleText} shows them.
 *
 * @example
 * ```ts
 * markdownText('a | b\r<img src=x>'); // 'a \\| b &lt;img src=x&gt;'
 * markdownText('**bold** [link](x)'); // '\\*\\*bold\\*\\* \\[link\\](x)'
 * ```
 */
export function markdownText(text: string): string {
  const oneLine = visibleText(text.replace(/\r\n|\r|\n/g, ' '));
  return oneLine
    .replace(/[\\`*_[\]~$|&<>]/g, (c) => ESCAPES[c]!)
    // What starts a block only at the start of a line: a heading, a list item, a setext underline.
    .replace(/^(\s*)(#{1,6}(?=\s|$)|[+-](?=\s|$)|[=-]+\s*$)/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * User text as a Markdown code span: the text on one line with control and bidirectional
 * characters shown, `|` escaped so that a table keeps its columns, and fenced with more backticks
 * than any run inside it (HTML and other Markdown are literal in a code span).
 *
 * @example
 * ```ts
 * markdownCode('G1-TRN-001'); // '`G1-TRN-001`'
 * markdownCode('a`b|c'); // '`` a`b\\|c ``'
 * ```
 */
export function markdownCode(text: string): string {
  const oneLine = visibleText(text.replace(/\r\n|\r|\n/g, ' ')).replace(/\|/g, '\\|');
  if (oneLine === '') return '';
  let longest = 0;
  for (const run of oneLine.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  // A space on each side lets the span start or end with a backtick; CommonMark strips one of each.
  const pad = longest > 0 || oneLine.startsWith(' ') || oneLine.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${oneLine}${pad}${fence}`;
}
