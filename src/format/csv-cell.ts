// How every CSV writer writes a cell (EITI, reconciliation, payouts, obligations, fiscal). Internal to src/format.

/**
 * A cell a spreadsheet would run as a formula (OWASP, "CSV Injection"): one that starts, perhaps
 * after spaces, with `=`, `+`, `-` or `@`, or with a TAB, CR or LF, or with the full-width
 * `＝`, `＋`, `－`, `＠` that Excel treats alike.
 */
const FORMULA_LEADING = /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;

/** An exact decimal that fairlode writes itself: `-1234.56`, `0.05`, `1e-9`. */
const FIGURE = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

/**
 * One CSV cell (RFC 4180) that no spreadsheet runs as a formula. A `text` cell (anything that
 * comes from a contract or actuals: names, ids, clauses, references, labels) that begins with a
 * formula character (see OWASP: `=`, `+`, `-`, `@`, TAB, CR, LF, their full-width forms, also after
 * spaces) gets a single quote in front, which the spreadsheet shows as text; a cell with a comma,
 * quote or line break, and every neutralised cell, is quoted, quotes inside doubled. A `figure`
 * cell, an exact decimal fairlode computed (`-1234.56`), is written as it is so it stays a number;
 * anything else passed as a figure is treated as text. `undefined` is an empty cell.
 *
 * @example
 * ```ts
 * csvCell("=cmd|' /C calc'!A0"); // `"'=cmd|' /C calc'!A0"`
 * csvCell('Royalties, gold'); // '"Royalties, gold"'
 * csvCell('-1234.56', 'figure'); // '-1234.56'
 * ```
 */
export function csvCell(value: string | undefined, kind: 'text' | 'figure' = 'text'): string {
  if (value === undefined) return '';
  if (kind === 'figure' && FIGURE.test(value)) return value;
  const neutral = FORMULA_LEADING.test(value) ? `'${value}` : value;
  return neutral !== value || /[",\r\n]/.test(value) ? `"${neutral.replace(/"/g, '""')}"` : value;
}

/**
 * A CSV record whose columns named in `figures` hold figures and the others text (see
 * {@link csvCell}), joined by commas, without the line ending.
 *
 * @example
 * ```ts
 * csvRecord(['name', 'amount'], ['@SUM(A1:A9)', '-5.00'], new Set(['amount'])); // `"'@SUM(A1:A9)",-5.00`
 * ```
 */
export function csvRecord(header: readonly string[], cells: readonly (string | undefined)[], figures: ReadonlySet<string>): string {
  return cells.map((c, i) => csvCell(c, figures.has(header[i]!) ? 'figure' : 'text')).join(',');
}
