import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { FairlodeError } from '../diagnostics/diagnostic.js';
import { parseMoney } from '../money/money.js';
import { readReportedAmount, type DecimalSeparator } from './decimal-separator.js';
import { gfsCodeIn } from './gfs-classification.js';
import type { SdtRow } from './sdt-payments.js';

/**
 * The CSV columns of SDT rows, in order, as {@link parseSdtCsv} reads and the EITI CSV format writes them.
 *
 * @example
 * ```ts
 * SDT_CSV_COLUMNS.join(','); // 'country,year,project,company,company_id,government_entity,revenue_stream,gfs_code,currency,value,periods_covered'
 * ```
 */
export const SDT_CSV_COLUMNS = ['country', 'year', 'project', 'company', 'company_id', 'government_entity', 'revenue_stream', 'gfs_code', 'currency', 'value', 'periods_covered'] as const;

const REQUIRED = ['government_entity', 'revenue_stream', 'currency', 'value'] as const;

// The Summary Data Template's own headers (Part 4 and Part 5, v2.0, and the v2.1 names), as the
// columns of SDT_CSV_COLUMNS they hold. Bracketed parts ("(Y/N)", "(if applicable)") are dropped first.
const TEMPLATE_HEADERS: Readonly<Record<string, string>> = {
  gfs_classification: 'gfs_code',
  revenue_stream_name: 'revenue_stream',
  issuing_government_entity: 'government_entity',
  revenue_value: 'value',
  reporting_currency: 'currency',
  project_name: 'project',
  company_id_number: 'company_id',
  levied_on_project: 'levied_on_project',
};

interface CellStart {
  readonly line: number;
  readonly column: number;
}

// RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. Each field keeps
// the 1-based line and column where it starts, for located diagnostics.
function records(text: string): { fields: string[]; starts: CellStart[]; line: number }[] {
  const out: { fields: string[]; starts: CellStart[]; line: number }[] = [];
  let fields: string[] = [];
  let starts: CellStart[] = [{ line: 1, column: 1 }];
  let field = '';
  let quoted = false;
  let line = 1;
  let column = 1;
  let start = 1;
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  for (let i = 0; i < src.length; i++, column++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
        column++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') {
          line++;
          column = 0;
        }
        field += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
      starts.push({ line, column: column + 1 });
    } else if (ch === '\n') {
      fields.push(field);
      if (fields.some((f) => f !== '')) out.push({ fields, starts, line: start });
      fields = [];
      field = '';
      start = ++line;
      column = 0;
      starts = [{ line, column: 1 }];
    } else field += ch;
  }
  fields.push(field);
  if (fields.some((f) => f !== '')) out.push({ fields, starts, line: start });
  return out;
}

// fairlode's CSV writers put a single quote before a text cell a spreadsheet would run as a formula
// (`'=SUM(…)`, see csvCell in src/format); reading such a file back removes it again.
function withoutFormulaGuard(cell: string): string {
  return /^'[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20\t\r\n]/.test(cell) ? cell.slice(1) : cell;
}

function columnKey(name: string): string {
  const key = name.replace(/\([^)]*\)/g, '').trim().toLowerCase().replace(/[\s-]+/g, '_');
  return TEMPLATE_HEADERS[key] ?? key;
}

/**
 * Options for {@link parseSdtCsv}.
 *
 * @example
 * ```ts
 * const options: SdtCsvOptions = { decimal: 'comma' };
 * ```
 */
export interface SdtCsvOptions {
  /** The decimal separator of the file's amounts; default `point`. See {@link readReportedAmount}. */
  readonly decimal?: DecimalSeparator;
  /**
   * The year of every row of a file that has no year column (the template's Part 4 and Part 5
   * hold one year each, named in Part 1, not in a column), e.g. `FY2028`; without it such rows
   * have a blank year.
   */
  readonly year?: string;
}

/**
 * Reads SDT rows from CSV with a header row: the columns of {@link SDT_CSV_COLUMNS} in any order
 * (names case-insensitive, spaces allowed: `Government entity`), or the template's own headers:
 * Part 4 (`GFS classification`, `Sector`, `Revenue stream name`, `Government entity`, `Revenue
 * value`, `Currency`) and Part 5 (`Company`, `Government entity`, `Revenue stream name`, `Levied on
 * project (Y/N)`, …, `Project name`, `Reporting currency`, `Revenue value`, …). A GFS cell may hold
 * the code (`1415E1`) or the drop-down's label (`Royalties (1415E1)`). A file without a company
 * column is a Part 4: its rows are the government's totals (`governmentTotal`). A file without a
 * year column takes `options.year`. `government_entity`, `revenue_stream`, `currency` and `value`
 * are required; `value` is read exactly, never through a
 * JS number, under the declared decimal separator (`options.decimal`, default `point`): an amount
 * that is ambiguous under it (`1234,56` with `point`) is refused with its line and column
 * (`eiti/ambiguous-amount`), never guessed. The single quote that fairlode's CSV writers put before a cell starting with a
 * formula character (`'=…`, `'+…`, `'-…`, `'@…`) is removed, so its own EITI CSV reads back as written. Problems come back as diagnostics with the line: `eiti/missing-column`,
 * `eiti/bad-value`.
 *
 * @example
 * ```ts
 * const rows = parseSdtCsv('project,government_entity,revenue_stream,gfs_code,currency,value\nchagai,GoB,Royalties,1415E1,USD,100.00\n', 'gov.csv');
 * if (rows.ok) rows.value[0].value; // 100.00 USD
 * ```
 */
export function parseSdtCsv(text: string, file?: string, options: SdtCsvOptions = {}): Result<SdtRow[]> {
  const decimal = options.decimal ?? 'point';
  if (decimal !== 'point' && decimal !== 'comma') throw new FairlodeError({ code: 'argument/invalid', message: `options.decimal must be 'point' or 'comma', not ${JSON.stringify(decimal)}.` });
  const recs = records(text);
  const at = (line: number, code: string, message: string, column = 1, hint?: string): Diagnostic => ({ code, severity: 'error', message, path: [], ...(file === undefined ? {} : { file }), range: { start: { line, column }, end: { line, column } }, ...(hint === undefined ? {} : { hint }) });
  const header = recs.shift();
  if (!header) return { ok: false, diagnostics: [at(1, 'eiti/missing-column', 'The file is empty; it needs a header row.')] };
  const index = new Map(header.fields.map((f, i) => [columnKey(f), i]));
  const governmentTotal = !index.has('company');
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) return { ok: false, diagnostics: [at(header.line, 'eiti/missing-column', `The header lacks ${missing.join(', ')}.`)] };
  const get = (fields: string[], c: string): string => {
    const i = index.get(c);
    return i === undefined ? '' : withoutFormulaGuard((fields[i] ?? '').trim());
  };
  const rows: SdtRow[] = [];
  const problems: Diagnostic[] = [];
  for (const r of recs) {
    const cell = r.starts[index.get('value')!] ?? { line: r.line, column: 1 };
    const amount = readReportedAmount(get(r.fields, 'value'), decimal);
    if (!amount.ok) {
      problems.push(at(cell.line, 'eiti/ambiguous-amount', `Column value: ${amount.message}`, cell.column, amount.hint));
      continue;
    }
    const value = parseMoney(`${amount.plain} ${get(r.fields, 'currency')}`);
    if (!value.ok) {
      problems.push(at(cell.line, 'eiti/bad-value', `"${get(r.fields, 'value')} ${get(r.fields, 'currency')}" is not an amount and currency: ${value.problem.message}`, cell.column));
      continue;
    }
    const companyId = get(r.fields, 'company_id');
    const levied = get(r.fields, 'levied_on_project').toUpperCase();
    rows.push({
      country: get(r.fields, 'country'),
      year: index.has('year') ? get(r.fields, 'year') : (options.year ?? ''),
      project: get(r.fields, 'project'),
      company: get(r.fields, 'company'),
      governmentEntity: get(r.fields, 'government_entity'),
      stream: get(r.fields, 'revenue_stream'),
      gfsCode: gfsCodeIn(get(r.fields, 'gfs_code')),
      value: value.value,
      ...(companyId === '' ? {} : { companyId }),
      ...(levied === 'Y' || levied === 'N' ? { leviedOnProject: levied === 'Y' } : {}),
      ...(governmentTotal ? { governmentTotal: true as const } : {}),
    });
  }
  return problems.length > 0 ? { ok: false, diagnostics: problems } : { ok: true, value: rows, diagnostics: [] };
}
