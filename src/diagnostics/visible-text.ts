// How text for a terminal or a log (plain-text formats, explanations, CLI diagnostics) shows user text. Not re-exported.

/**
 * The characters that must never reach a terminal or a log raw: C0 controls (LF, CR, TAB, ESC, NUL
 * …), DEL, C1 controls (U+0080–U+009F, among them NEL and CSI), the line and paragraph separators,
 * and the bidirectional formatting controls (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069) that
 * reorder what follows them ("Trojan Source", CVE-2021-42574).
 */
export const UNSAFE_TEXT_CHARACTER = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const UNSAFE_GLOBAL = new RegExp(UNSAFE_TEXT_CHARACTER.source, 'g');

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

// Controls as a C-style escape (as ESLint's stylish output shows them), format characters by code
// point; worked out once for each of the few unsafe characters.
const SHOWN = new Map<string, string>();
for (let code = 0; code <= 0x2069; code++) {
  const c = String.fromCharCode(code);
  if (!UNSAFE_TEXT_CHARACTER.test(c)) continue;
  SHOWN.set(c, NAMED[c] ?? (code <= 0x9f ? `\\x${code.toString(16).padStart(2, '0')}` : `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`));
}

function shown(c: string): string {
  return SHOWN.get(c)!;
}

/**
 * User text made safe to print on one line of a terminal or log: every control character is
 * shown as an escape (`\n`, `\r`, `\t`, `\x1b`, `\x00`, `\x9b`) and every bidirectional control or
 * line separator by its code point (`<U+202E>`), so contract text can neither start a new line
 * (forging `::error` or `::stop-commands::` in CI), move the cursor or colour the terminal, nor
 * reverse the text around it. Other text is unchanged.
 *
 * @example
 * ```ts
 * visibleText('§4\n::stop-commands::x'); // '§4\\n::stop-commands::x'
 * visibleText('fee\u202Eevil'); // 'fee<U+202E>evil'
 * ```
 */
export function visibleText(text: string): string {
  return text.replace(UNSAFE_GLOBAL, shown);
}

/**
 * As {@link visibleText}, but CR and LF stay as they are, for a writer that escapes line breaks
 * itself (GitHub's workflow commands write them as `%0D` and `%0A`).
 *
 * @example
 * ```ts
 * visibleExceptLineBreaks('a\n\u001b[31mb'); // 'a\n\\x1b[31mb'
 * ```
 */
export function visibleExceptLineBreaks(text: string): string {
  return text.replace(UNSAFE_GLOBAL, (c) => (c === '\n' || c === '\r' ? c : shown(c)));
}

/**
 * A message on one line: line breaks with the spaces around them become one space (fairlode's own
 * messages may wrap), then every other unsafe character is shown as {@link visibleText} shows it.
 *
 * @example
 * ```ts
 * oneLineText('Shares sum to 90%,\n  not 100%.\u001b[2J'); // 'Shares sum to 90%, not 100%.\\x1b[2J'
 * ```
 */
export function oneLineText(text: string): string {
  // Split and trim rather than one regex around the break: that regex is quadratic on long runs of spaces.
  const parts = text.split(/[\r\n]+/);
  const joined = parts.length === 1 ? text : parts.map((p, i) => (i === 0 ? p.trimEnd() : i === parts.length - 1 ? p.trimStart() : p.trim())).join(' ');
  return visibleText(joined);
}
