// The EITI Summary Data Template's own tables, column for column: Part 4 (government revenues) and
// Part 5 (company data), so that a national secretariat can paste the rows into the template.
import { Decimal } from '../money/decimal.js';
import { gfsClassificationLabel } from '../eiti/gfs-classification.js';
import type { SdtPayments } from '../eiti/sdt-payments.js';
import { csvRecord } from './csv-cell.js';

/**
 * The columns of the Summary Data Template's Part 4 (government revenues), in the template's
 * order: the GFS classification as its drop-down writes it (`Royalties (1415E1)`), the sector, the
 * revenue stream's name, the government entity, the value and its currency.
 *
 * @example
 * ```ts
 * SDT_PART4_COLUMNS[0]; // 'GFS classification'
 * ```
 */
export const SDT_PART4_COLUMNS = ['GFS classification', 'Sector', 'Revenue stream name', 'Government entity', 'Revenue value', 'Currency'] as const;

/**
 * The columns of the Summary Data Template's Part 5 (company data), in the template's order.
 *
 * @example
 * ```ts
 * SDT_PART5_COLUMNS.length; // 12
 * ```
 */
export const SDT_PART5_COLUMNS = [
  'Company',
  'Government entity',
  'Revenue stream name',
  'Levied on project (Y/N)',
  'Reported by project (Y/N)',
  'Project name',
  'Reporting currency',
  'Revenue value',
  'Payment made in kind (Y/N)',
  'In-kind volume (if applicable)',
  'Unit (if applicable)',
  'Comments',
] as const;

/**
 * The sector every fairlode row is in: the contracts it reads are mining partnerships (the
 * template's Sector drop-down: Oil, Gas, Mining, …).
 *
 * @example
 * ```ts
 * SDT_SECTOR; // 'Mining'
 * ```
 */
export const SDT_SECTOR = 'Mining';

const FIGURES: ReadonlySet<string> = new Set(['Revenue value']);

function yesNo(b: boolean | undefined): string {
  return b === undefined ? '' : b ? 'Y' : 'N';
}

/**
 * SDT payments as the template's Part 4 (government revenues), CSV with the template's headers:
 * one row per GFS class, revenue stream and government entity, summed over the paying companies
 * (Part 4 is what governments received). The template has no column for the periods covered: a
 * partial year is named in Part 5's comments and in the `eiti/partial-year` warning.
 *
 * @example
 * ```ts
 * formatEitiPart4Csv(sdt).split('\n')[1]; // 'Royalties (1415E1),Mining,Royalties,Government of Balochistan,18187600.00,USD'
 * ```
 */
export function formatEitiPart4Csv(payments: SdtPayments): string {
  const sums = new Map<string, { gfs: string; stream: string; entity: string; currency: string; amount: Decimal }>();
  for (const r of payments.rows) {
    const key = [r.gfsCode, r.stream, r.governmentEntity, r.value.currency].join('\u0000');
    const sum = sums.get(key);
    if (sum) sum.amount = sum.amount.plus(r.value.amount);
    else sums.set(key, { gfs: r.gfsCode, stream: r.stream, entity: r.governmentEntity, currency: r.value.currency, amount: r.value.amount });
  }
  const lines = [csvRecord(SDT_PART4_COLUMNS, SDT_PART4_COLUMNS, new Set())];
  for (const s of sums.values()) lines.push(csvRecord(SDT_PART4_COLUMNS, [gfsClassificationLabel(s.gfs), SDT_SECTOR, s.stream, s.entity, s.amount.toFixed(2), s.currency], FIGURES));
  return `${lines.join('\n')}\n`;
}

/**
 * SDT payments as the template's Part 5 (company data), CSV with the template's headers: one row
 * per paying company, government entity and revenue stream. Every row is reported by project
 * (`Y`) and names the project (the contract's title); "Levied on project" is `N` for taxes on
 * income and dividends (levied on the legal entity) and `Y` for the rest. fairlode computes cash
 * payments only, so "Payment made in kind" is `N` and the in-kind volume and unit are empty. The
 * comments give the GFS classification (Part 5 has no column for it), the company's identifier
 * when one is known, and the periods covered, naming those missing in a partial year.
 *
 * @example
 * ```ts
 * formatEitiPart5Csv(sdt).split('\n')[0].startsWith('Company,Government entity,Revenue stream name,Levied on project (Y/N)'); // true
 * ```
 */
export function formatEitiPart5Csv(payments: SdtPayments): string {
  const coverage = `Periods: ${payments.periods.join(', ')}${payments.missingPeriods.length === 0 ? '' : `; partial year, no statement covers ${payments.missingPeriods.join(', ')}`}.`;
  const lines = [csvRecord(SDT_PART5_COLUMNS, SDT_PART5_COLUMNS, new Set())];
  for (const r of payments.rows) {
    const comments = [`GFS: ${gfsClassificationLabel(r.gfsCode)}.`, ...(r.companyId === undefined ? [] : [`Company ID: ${r.companyId}.`]), coverage].join(' ');
    lines.push(csvRecord(SDT_PART5_COLUMNS, [r.company, r.governmentEntity, r.stream, yesNo(r.leviedOnProject), 'Y', payments.projectName, r.value.currency, r.value.amount.toFixed(2), 'N', undefined, undefined, comments], FIGURES));
  }
  return `${lines.join('\n')}\n`;
}
