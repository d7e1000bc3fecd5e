/**
 * Which character separates the whole part of an amount from its fraction in a reported file:
 * `point` (`1,234,567.89`, the default) or `comma` (`1 234 567,89` or `1.234.567,89`, as the
 * French-language EITI reports write XOF and GNF amounts).
 *
 * @example
 * ```ts
 * const d: DecimalSeparator = 'comma';
 * ```
 */
export type DecimalSeparator = 'point' | 'comma';

/**
 * An amount cell read under a declared {@link DecimalSeparator}: the plain decimal text
 * (`-1234567.89`) or why the cell is ambiguous under that separator.
 *
 * @example
 * ```ts
 * const a: ReportedAmount = { ok: true, plain: '1234.56' };
 * ```
 */
export type ReportedAmount = { readonly ok: true; readonly plain: string } | { readonly ok: false; readonly message: string; readonly hint: string };

// Thin spaces and no-break spaces group thousands in French typography (1 234 567,89).
const SPACE = '[ \\u00a0\\u202f\\u2009]';

function grouped(separator: string, fraction: string): RegExp {
  return new RegExp(`^([+-]?)(\\d{1,3}(?:${separator}\\d{3})+|\\d+)(?:${fraction}(\\d+))?$`);
}

const FORMS: Record<DecimalSeparator, readonly RegExp[]> = {
  point: [grouped(',', '\\.'), grouped(SPACE, '\\.')],
  comma: [grouped('\\.', ','), grouped(SPACE, ',')],
};

/**
 * Reads an amount cell under the declared decimal separator, never guessing: with `point`,
 * `1,234,567.89` and `1 234 567.89` are read (thousands grouped by threes); with `comma`,
 * `1.234.567,89` and `1 234 567,89`. A cell holding a separator in any other place (`1234,56` with
 * `point`, `1,5,0`, `1.234,5` with `point`) is refused with a message naming the separator to
 * declare. A cell with no separator at all (`12x`) is returned as it is, for the money reader to
 * judge.
 *
 * @example
 * ```ts
 * readReportedAmount('1 276 599 278,50', 'comma'); // { ok: true, plain: '1276599278.50' }
 * readReportedAmount('1234,56', 'point').ok;       // false: a decimal comma, or misplaced grouping
 * ```
 */
export function readReportedAmount(cell: string, decimal: DecimalSeparator): ReportedAmount {
  const text = cell.trim();
  for (const form of FORMS[decimal]) {
    const m = form.exec(text);
    if (m) return { ok: true, plain: `${m[1]}${m[2]!.replace(/\D/g, '')}${m[3] === undefined ? '' : `.${m[3]}`}` };
  }
  if (!new RegExp(`\\d[,.]|[,.]\\d|\\d${SPACE}\\d`).test(text)) return { ok: true, plain: text };
  const other: DecimalSeparator = decimal === 'point' ? 'comma' : 'point';
  const fitsOther = FORMS[other].some((f) => f.test(text));
  return {
    ok: false,
    message: `"${text}" is ambiguous with a decimal ${decimal}: its separators are not thousands grouped by threes${decimal === 'point' ? ' and one decimal point' : ' and one decimal comma'}.`,
    hint: fitsOther ? `it reads as an amount with a decimal ${other}: declare the file's decimal separator as ${other} (--decimal ${other})` : `write the amount as ${decimal === 'point' ? '1234567.89 or 1,234,567.89' : '1234567,89 or 1 234 567,89'}`,
  };
}
