import { moneyToString } from '../money/money.js';
import type { Reconciliation, ReconciledStream } from '../eiti/reconcile.js';
import { SDT_CSV_COLUMNS } from '../eiti/sdt-csv.js';
import type { SdtPayments, SdtRow } from '../eiti/sdt-payments.js';
import { csvRecord } from './csv-cell.js';
import { markdownText } from './markdown-text.js';
import { visibleText } from '../diagnostics/visible-text.js';

// The exact amounts fairlode computed; every other cell is text from the contract or the reports read.
const SDT_FIGURES: ReadonlySet<string> = new Set(['value']);
const RECONCILIATION_COLUMNS = ['status', 'year', 'company_name', 'project', 'government_entity', 'revenue_stream', 'gfs_code', 'currency', 'company', 'government', 'difference', 'relative', 'material'];
const RECONCILIATION_FIGURES: ReadonlySet<string> = new Set(['company', 'government', 'difference', 'relative']);

function exact(row: SdtRow): string {
  return row.value.amount.toFixed(2);
}

function rowJson(r: SdtRow) {
  return { country: r.country, year: r.year, project: r.project, company: r.company, ...(r.companyId === undefined ? {} : { companyId: r.companyId }), governmentEntity: r.governmentEntity, revenueStream: r.stream, gfsCode: r.gfsCode, currency: r.value.currency, value: exact(r) };
}

function covered(payments: SdtPayments): string {
  return payments.periods.join(' ');
}

function partialNote(payments: SdtPayments): string | undefined {
  return payments.missingPeriods.length === 0 ? undefined : `Partial year: no statement covers ${payments.missingPeriods.join(', ')}.`;
}

/**
 * SDT payments as CSV with the columns of {@link SDT_CSV_COLUMNS}; `fairlode reconcile` reads it back.
 * Every row's `periods_covered` cell lists the periods the export counts (`2027-Q3 2027-Q4`), so a
 * partial year stays visible in any row taken out of the file.
 * A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` …) starts with a single
 * quote (see docs/security.md); values stay exact numbers.
 *
 * @example
 * ```ts
 * formatEitiCsv(sdt).split('\n')[0]; // 'country,year,project,company,company_id,government_entity,revenue_stream,gfs_code,currency,value,periods_covered'
 * ```
 */
export function formatEitiCsv(payments: SdtPayments): string {
  const rows = [SDT_CSV_COLUMNS.join(',')];
  for (const r of payments.rows) rows.push(csvRecord(SDT_CSV_COLUMNS, [r.country, r.year, r.project, r.company, r.companyId, r.governmentEntity, r.stream, r.gfsCode, r.value.currency, exact(r), covered(payments)], SDT_FIGURES));
  return `${rows.join('\n')}\n`;
}

/**
 * SDT payments as JSON: the year, the periods counted (`periods`), those of the year no statement
 * covers (`missingPeriods`, empty for a complete year), and the rows with values as exact strings.
 *
 * @example
 * ```ts
 * JSON.parse(formatEitiJson(sdt)).rows[0].gfsCode; // '1415E1'
 * ```
 */
export function formatEitiJson(payments: SdtPayments): string {
  return `${JSON.stringify({ year: payments.year.label, from: payments.year.start, to: payments.year.end, periods: payments.periods, missingPeriods: payments.missingPeriods, rows: payments.rows.map(rowJson) }, null, 2)}\n`;
}

/**
 * SDT payments as text: a heading with the periods covered (and, for a partial year, a line naming
 * the missing periods), then one line per row.
 *
 * @example
 * ```ts
 * formatEitiText(sdt); // 'EITI payments of chagai-partnership for FY2028 (2027-07-01 to 2028-06-30) ...'
 * ```
 */
export function formatEitiText(payments: SdtPayments): string {
  const first = payments.rows[0];
  const lines = [visibleText(`EITI payments of ${first?.project ?? 'the project'} for ${payments.year.label} (${payments.year.start} to ${payments.year.end}; periods ${payments.periods.join(', ')})`)];
  const note = partialNote(payments);
  if (note !== undefined) lines.push(visibleText(note));
  lines.push('');
  const width = Math.max(0, ...payments.rows.map((r) => visibleText(r.governmentEntity).length));
  for (const r of payments.rows) lines.push(`  ${visibleText(r.gfsCode).padEnd(8)} ${visibleText(r.governmentEntity).padEnd(width)}  ${moneyToString(r.value).padStart(20)}  ${visibleText(r.stream)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * SDT payments as a Markdown table, after a line naming the periods covered (and any missing).
 *
 * @example
 * ```ts
 * formatEitiMarkdown(sdt).includes('| 1415E1 |'); // true
 * ```
 */
export function formatEitiMarkdown(payments: SdtPayments): string {
  const note = partialNote(payments);
  const lines = [`## EITI payments for ${markdownText(payments.year.label)}`, '', `Periods covered: ${markdownText(payments.periods.join(', '))}.${note === undefined ? '' : ` ${markdownText(note)}`}`, '', '| Country | Year | Project | Company | Government entity | Revenue stream | GFS code | Currency | Value |', '|---|---|---|---|---|---|---|---|---:|'];
  for (const r of payments.rows) lines.push(`| ${[r.country, r.year, r.project, r.company, r.governmentEntity, r.stream, r.gfsCode, r.value.currency].map(markdownText).join(' | ')} | ${exact(r)} |`);
  return `${lines.join('\n')}\n`;
}

function pct(m: ReconciledStream): string {
  return m.relative === undefined ? '' : `${m.relative.times(100).toDecimalPlaces(4).toString()}%`;
}

/**
 * A reconciliation as a JSON-ready value: every amount an exact string.
 *
 * @example
 * ```ts
 * reconciliationJsonValue(r).discrepancies; // 1
 * ```
 */
export function reconciliationJsonValue(r: Reconciliation) {
  return {
    discrepancyThreshold: r.discrepancyThreshold.toString(),
    materiality: r.discrepancyThreshold.toString(),
    floor: r.floor ? moneyToString(r.floor) : undefined,
    absolute: r.absolute ? moneyToString(r.absolute) : undefined,
    discrepancies: r.discrepancies.length,
    period: r.period,
    matched: r.matched.map((m) => ({ year: m.year, companyName: m.companyName, project: m.project, governmentEntity: m.governmentEntity, revenueStream: m.stream, gfsCode: m.gfsCode, company: moneyToString(m.company), government: moneyToString(m.government), difference: m.difference ? moneyToString(m.difference) : undefined, relative: m.relative?.toString(), material: m.material, status: m.status })),
    companyOnly: r.companyOnly.map(rowJson),
    governmentOnly: r.governmentOnly.map(rowJson),
    outOfScope: r.outOfScope.map((x) => ({ side: x.side, reason: x.reason, row: rowJson(x.row) })),
  };
}

/**
 * A reconciliation as JSON text.
 *
 * @example
 * ```ts
 * JSON.parse(formatReconciliationJson(r)).companyOnly.length; // 1
 * ```
 */
export function formatReconciliationJson(r: Reconciliation): string {
  return `${JSON.stringify(reconciliationJsonValue(r), null, 2)}\n`;
}

/**
 * A reconciliation as CSV: one row per matched stream, then one per unmatched row with the side it
 * is on (`company-only`, `government-only`), then the rows of another period
 * (`out-of-scope-company`, `out-of-scope-government`).
 *
 * @example
 * ```ts
 * formatReconciliationCsv(r).split('\n')[0]; // 'status,year,company_name,project,government_entity,revenue_stream,gfs_code,currency,company,government,difference,relative,material'
 * ```
 */
export function formatReconciliationCsv(r: Reconciliation): string {
  const rows = [RECONCILIATION_COLUMNS.join(',')];
  const record = (cells: (string | undefined)[]) => csvRecord(RECONCILIATION_COLUMNS, cells, RECONCILIATION_FIGURES);
  for (const m of r.matched) rows.push(record([m.status, m.year, m.companyName, m.project, m.governmentEntity, m.stream, m.gfsCode, m.company.currency, m.company.amount.toFixed(2), m.government.amount.toFixed(2), m.difference?.amount.toFixed(2), m.relative?.toString(), String(m.material)]));
  for (const x of r.companyOnly) rows.push(record(['company-only', x.year, x.company, x.project, x.governmentEntity, x.stream, x.gfsCode, x.value.currency, exact(x), '', '', '', 'true']));
  for (const x of r.governmentOnly) rows.push(record(['government-only', x.year, x.company, x.project, x.governmentEntity, x.stream, x.gfsCode, x.value.currency, '', exact(x), '', '', 'true']));
  for (const o of r.outOfScope) {
    const x = o.row;
    rows.push(record([`out-of-scope-${o.side}`, x.year, x.company, x.project, x.governmentEntity, x.stream, x.gfsCode, x.value.currency, o.side === 'company' ? exact(x) : '', o.side === 'government' ? exact(x) : '', '', '', '']));
  }
  return `${rows.join('\n')}\n`;
}

function thresholds(r: Reconciliation): string {
  const share = `${r.discrepancyThreshold.times(100).toString()}%`;
  return `discrepancy threshold ${share}${r.floor ? ` and ${moneyToString(r.floor)}` : ''}${r.absolute ? ` or ${moneyToString(r.absolute)}` : ''}`;
}

function describe(m: ReconciledStream): string {
  const diff = m.difference ? `difference ${moneyToString(m.difference)}${m.relative ? ` (${pct(m)})` : ''}` : 'different currencies';
  return `${visibleText(m.year)} · ${visibleText(m.companyName)} · ${visibleText(m.project)} · ${visibleText(m.governmentEntity)} · ${visibleText(m.gfsCode || m.stream)}: company ${moneyToString(m.company)}, government ${moneyToString(m.government)}, ${diff}`;
}

/**
 * A reconciliation as text: discrepancies first, then differences within the threshold, exact
 * matches, and rows reported by one side only.
 *
 * @example
 * ```ts
 * formatReconciliationText(r).startsWith('Reconciliation (discrepancy threshold 1%'); // true
 * ```
 */
export function formatReconciliationText(r: Reconciliation): string {
  const lines = [`Reconciliation (${thresholds(r)}): ${r.matched.length} matched, ${r.discrepancies.length} discrepancies, ${r.companyOnly.length} company only, ${r.governmentOnly.length} government only${r.outOfScope.length > 0 ? `, ${r.outOfScope.length} out of scope` : ''}${r.period === undefined ? '' : `; period ${visibleText(r.period)}`}`, ''];
  for (const status of ['discrepancy', 'within-materiality', 'exact'] as const) for (const m of r.matched.filter((x) => x.status === status)) lines.push(`  ${status.padEnd(18)} ${describe(m)}`);
  for (const x of r.companyOnly) lines.push(`  ${'company only'.padEnd(18)} ${visibleText(x.project)} · ${visibleText(x.governmentEntity)} · ${visibleText(x.gfsCode || x.stream)}: ${moneyToString(x.value)}`);
  for (const x of r.governmentOnly) lines.push(`  ${'government only'.padEnd(18)} ${visibleText(x.project)} · ${visibleText(x.governmentEntity)} · ${visibleText(x.gfsCode || x.stream)}: ${moneyToString(x.value)}`);
  for (const o of r.outOfScope) lines.push(`  ${'out of scope'.padEnd(18)} ${o.side}: ${visibleText(o.row.company)} · ${visibleText(o.row.project)} · ${visibleText(o.row.gfsCode || o.row.stream)}: ${moneyToString(o.row.value)} (${visibleText(o.reason)})`);
  return `${lines.join('\n')}\n`;
}

/**
 * A reconciliation as a Markdown table.
 *
 * @example
 * ```ts
 * formatReconciliationMarkdown(r).includes('| discrepancy |'); // true when there is one
 * ```
 */
export function formatReconciliationMarkdown(r: Reconciliation): string {
  const lines = [`## Reconciliation (${thresholds(r)})`, '', '| Status | Year | Company | Project | Government entity | Stream | GFS | Company reported | Government reported | Difference |', '|---|---|---|---|---|---|---|---:|---:|---:|'];
  for (const m of r.matched) lines.push(`| ${m.status} | ${[m.year, m.companyName, m.project, m.governmentEntity, m.stream, m.gfsCode].map(markdownText).join(' | ')} | ${moneyToString(m.company)} | ${moneyToString(m.government)} | ${m.difference ? moneyToString(m.difference) : ''} |`);
  for (const x of r.companyOnly) lines.push(`| company only | ${[x.year, x.company, x.project, x.governmentEntity, x.stream, x.gfsCode].map(markdownText).join(' | ')} | ${moneyToString(x.value)} | | |`);
  for (const x of r.governmentOnly) lines.push(`| government only | ${[x.year, x.company, x.project, x.governmentEntity, x.stream, x.gfsCode].map(markdownText).join(' | ')} | | ${moneyToString(x.value)} | |`);
  for (const o of r.outOfScope) lines.push(`| out of scope (${o.side}: ${markdownText(o.reason)}) | ${[o.row.year, o.row.company, o.row.project, o.row.governmentEntity, o.row.stream, o.row.gfsCode].map(markdownText).join(' | ')} | ${o.side === 'company' ? moneyToString(o.row.value) : ''} | ${o.side === 'government' ? moneyToString(o.row.value) : ''} | |`);
  return `${lines.join('\n')}\n`;
}
