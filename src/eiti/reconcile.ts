import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney, type Money } from '../money/money.js';
import type { Rate } from '../money/rate.js';
import { gfsCodeIn } from './gfs-classification.js';
import type { SdtRow } from './sdt-payments.js';

/**
 * Options for {@link reconcile}.
 *
 * @example
 * ```ts
 * // the US EITI rule: above 1% of the government figure AND above 100000 USD
 * const options: ReconcileOptions = { discrepancyThreshold: rate('1%'), floor: money('100000 USD') };
 * ```
 */
export interface ReconcileOptions {
  /**
   * The discrepancy threshold (the US EITI's "margin of variance"): a difference is a discrepancy
   * when it exceeds this share of the government figure; default 1%.
   */
  readonly discrepancyThreshold?: Rate;
  /**
   * @deprecated The old name of {@link ReconcileOptions.discrepancyThreshold}: it is a threshold
   * for differences, not the materiality that decides which companies and streams are in scope.
   * Still read, with the warning `eiti/deprecated-option`.
   */
  readonly materiality?: Rate;
  /**
   * A variance floor (in the rows' currency): with it, a difference is a discrepancy only when it
   * exceeds the share AND this amount, the rule the US EITI used.
   */
  readonly floor?: Money;
  /** A difference above this amount (in the rows' currency) is a discrepancy whatever its share. */
  readonly absolute?: Money;
  /**
   * The one reporting period reconciled, as the rows' `year` column writes it (`FY2028`, `2028`).
   * Rows of another year are set aside in {@link Reconciliation.outOfScope} with a message, never
   * matched. Without it, rows are still matched only within the same year.
   */
  readonly period?: string;
}

/**
 * A row left out of a reconciliation because it belongs to another period, with the side it came
 * from and why.
 *
 * @example
 * ```ts
 * `${x.side}: ${x.reason}`; // 'company: year FY2027 is not the period reconciled, FY2028'
 * ```
 */
export interface OutOfScopeRow {
  /** Which report the row came from. */
  readonly side: 'company' | 'government';
  /** The row as read. */
  readonly row: SdtRow;
  /** Why it was set aside. */
  readonly reason: string;
}

/**
 * How a matched pair compares: `exact`, `within-materiality` (a difference at or below the
 * discrepancy threshold, such as rounding; the status keeps its old name) or `discrepancy` (above it, or in different currencies).
 *
 * @example
 * ```ts
 * const s: MatchStatus = 'within-materiality';
 * ```
 */
export type MatchStatus = 'exact' | 'within-materiality' | 'discrepancy';

/**
 * A stream reported by both sides for the same project and government entity.
 *
 * @example
 * ```ts
 * `${m.stream}: company ${moneyToString(m.company)} vs government ${moneyToString(m.government)} (${m.status})`;
 * ```
 */
export interface ReconciledStream {
  /** The reporting year both rows state. */
  readonly year: string;
  /** The paying company both rows name (an empty string when both leave it blank). */
  readonly companyName: string;
  readonly project: string;
  readonly governmentEntity: string;
  readonly stream: string;
  readonly gfsCode: string;
  /** What the company says it paid (summed over its rows with this key). */
  readonly company: Money;
  /** What the government says it received. */
  readonly government: Money;
  /** Company less government; undefined when the currencies differ. */
  readonly difference: Money | undefined;
  /** The difference as a share of the government figure; undefined when that is zero or the currencies differ. */
  readonly relative: Decimal | undefined;
  /** Whether the difference is a discrepancy under the thresholds (the name is kept for compatibility). */
  readonly material: boolean;
  readonly status: MatchStatus;
}

/**
 * The result of {@link reconcile}.
 *
 * @example
 * ```ts
 * report.discrepancies.length; // streams whose difference exceeds the discrepancy threshold
 * ```
 */
export interface Reconciliation {
  /** The discrepancy threshold used, a share of the government figure. */
  readonly discrepancyThreshold: Rate;
  /** @deprecated The same share as {@link Reconciliation.discrepancyThreshold}, under its old name. */
  readonly materiality: Rate;
  /** The variance floor used, if any: a discrepancy must exceed the share and this amount. */
  readonly floor: Money | undefined;
  /** Warnings about the options, such as `eiti/deprecated-option`. */
  readonly warnings: readonly Diagnostic[];
  /** The absolute threshold used, if any. */
  readonly absolute: Money | undefined;
  /** Every stream both sides report, in the company's order. */
  readonly matched: readonly ReconciledStream[];
  /** The matched streams whose difference is a discrepancy. */
  readonly discrepancies: readonly ReconciledStream[];
  /** Rows only the company reports (summed per key). */
  readonly companyOnly: readonly SdtRow[];
  /** Rows only the government reports (summed per key). */
  readonly governmentOnly: readonly SdtRow[];
  /** The period reconciled, when one was given. */
  readonly period: string | undefined;
  /** Rows of another period than the one reconciled, set aside unmatched. */
  readonly outOfScope: readonly OutOfScopeRow[];
}

function norm(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Rows summed per year, company, project, entity and stream (the GFS code when the row has one,
 * else its name): another company's or another year's payments are never added in.
 */
function byKey(rows: readonly SdtRow[]): Map<string, SdtRow> {
  const out = new Map<string, SdtRow>();
  for (const r of rows) {
    const key = [norm(r.year), norm(r.company), norm(r.project), norm(r.governmentEntity), r.gfsCode !== '' ? r.gfsCode.toUpperCase() : `name:${norm(r.stream)}`, r.value.currency].join('\u0000');
    const prev = out.get(key);
    out.set(key, prev ? { ...prev, value: makeMoney(prev.value.amount.plus(r.value.amount), prev.value.currency) } : r);
  }
  return out;
}

// The code of each stream name that the rows pair with exactly one GFS code (a Part 4 row gives both,
// `Royalties` with `1415E1`); else the template's class of that name.
function codesOfNames(rows: readonly SdtRow[]): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const r of rows) if (r.gfsCode !== '') seen.set(norm(r.stream), (seen.get(norm(r.stream)) ?? new Set()).add(r.gfsCode.toUpperCase()));
  const out = new Map<string, string>();
  for (const [name, codes] of seen) if (codes.size === 1) out.set(name, [...codes][0]!);
  return out;
}

/**
 * Both sides made comparable: a row without a GFS code (a Part 5 row) takes the code its stream
 * name is paired with on either side (or the template's class of that name); and when either side
 * holds government totals (a Part 4 file, no company or project), every row is compared at that
 * level, its company and project set aside, so the other side is summed over companies and projects.
 */
function comparable(companyRows: readonly SdtRow[], governmentRows: readonly SdtRow[]): [SdtRow[], SdtRow[]] {
  const all = [...companyRows, ...governmentRows];
  const codes = codesOfNames(all);
  const totals = all.some((r) => r.governmentTotal === true);
  const prepare = (r: SdtRow): SdtRow => {
    const gfsCode = r.gfsCode !== '' ? r.gfsCode : (codes.get(norm(r.stream)) ?? gfsCodeIn(r.stream));
    return totals ? { ...r, gfsCode, company: '', project: '' } : gfsCode === r.gfsCode ? r : { ...r, gfsCode };
  };
  return [companyRows.map(prepare), governmentRows.map(prepare)];
}

function withoutCurrency(key: string): string {
  return key.slice(0, key.lastIndexOf('\u0000'));
}

/**
 * Reconciles what companies say they paid with what governments say they received (EITI
 * Requirement 4.1), company by company for one period: rows are matched by year, company, project,
 * government entity and revenue stream (on the GFS code when a row gives one, else on the stream's
 * name; case and spacing ignored), summed per key. A row with no GFS code (the template's Part 5
 * has no column for it) takes the code its stream name has on a row that gives both (a Part 4
 * row), or the template class of that name; a Part 4 row (`governmentTotal`, no company) is
 * matched against the other side summed over companies and projects. Another company's or another year's rows are
 * never merged in: they stay unmatched, or, with `period`, are set aside in `outOfScope`.
 * Each match reports its difference (company less government), its size relative to the government
 * figure, and whether it is a discrepancy: above `discrepancyThreshold` (default 1%) of the
 * government figure, and above `floor` when one is given (the US EITI rule), or above `absolute`
 * whatever its share; rows on one side only are listed as unmatched.
 *
 * @example
 * ```ts
 * const r = reconcile(companyRows, governmentRows, { discrepancyThreshold: rate('1%'), floor: money('100000 USD') });
 * for (const d of r.discrepancies) console.log(d.stream, moneyToString(d.difference!));
 * r.companyOnly.length; r.governmentOnly.length;
 * ```
 */
export function reconcile(companyReported: readonly SdtRow[], governmentReported: readonly SdtRow[], options: ReconcileOptions = {}): Reconciliation {
  const warnings: Diagnostic[] = [];
  if (options.materiality !== undefined) {
    warnings.push({ code: 'eiti/deprecated-option', severity: 'warning', path: ['materiality'], message: `The option "materiality" is a discrepancy threshold and is now named "discrepancyThreshold"${options.discrepancyThreshold === undefined ? '' : '; both are given, so "discrepancyThreshold" is used'}.`, hint: 'rename materiality to discrepancyThreshold (CLI: --discrepancy-threshold)' });
  }
  const threshold = options.discrepancyThreshold ?? options.materiality ?? new Decimal('0.01');
  const period = options.period;
  const outOfScope: OutOfScopeRow[] = [];
  const inScope = (side: OutOfScopeRow['side'], rows: readonly SdtRow[]): SdtRow[] => {
    if (period === undefined) return [...rows];
    return rows.filter((row) => {
      if (norm(row.year) === norm(period)) return true;
      outOfScope.push({ side, row, reason: `year ${row.year === '' ? '(blank)' : row.year} is not the period reconciled, ${period}` });
      return false;
    });
  };
  const [companyRows, governmentRows] = comparable(inScope('company', companyReported), inScope('government', governmentReported));
  const company = byKey(companyRows);
  const government = byKey(governmentRows);
  const govByLooseKey = new Map<string, string[]>();
  for (const k of government.keys()) govByLooseKey.set(withoutCurrency(k), [...(govByLooseKey.get(withoutCurrency(k)) ?? []), k]);
  const used = new Set<string>();
  const matched: ReconciledStream[] = [];
  const companyOnly: SdtRow[] = [];
  for (const [key, c] of company) {
    const gKey = government.has(key) ? key : govByLooseKey.get(withoutCurrency(key))?.find((k) => !used.has(k));
    const g = gKey === undefined || used.has(gKey) ? undefined : government.get(gKey);
    if (!g || gKey === undefined) {
      companyOnly.push(c);
      continue;
    }
    used.add(gKey);
    const base = { year: c.year, companyName: c.company, project: c.project, governmentEntity: c.governmentEntity, stream: c.stream || g.stream, gfsCode: c.gfsCode || g.gfsCode, company: c.value, government: g.value };
    if (c.value.currency !== g.value.currency) {
      matched.push({ ...base, difference: undefined, relative: undefined, material: true, status: 'discrepancy' });
      continue;
    }
    const diff = c.value.amount.minus(g.value.amount);
    const relative = g.value.amount.isZero() ? undefined : diff.div(g.value.amount);
    const overShare = relative === undefined ? !diff.isZero() : relative.abs().gt(threshold);
    const over = (limit: Money | undefined): boolean | undefined => (limit === undefined ? undefined : limit.currency !== c.value.currency || diff.abs().gt(limit.amount));
    // A floor in another currency cannot be compared: the difference is not let off by it.
    const overFloor = over(options.floor) ?? true;
    const overAbsolute = options.absolute !== undefined && options.absolute.currency === c.value.currency && diff.abs().gt(options.absolute.amount);
    const material = (overShare && overFloor) || overAbsolute;
    matched.push({ ...base, difference: makeMoney(diff, c.value.currency), relative, material, status: diff.isZero() ? 'exact' : material ? 'discrepancy' : 'within-materiality' });
  }
  const governmentOnly = [...government].filter(([k]) => !used.has(k)).map(([, r]) => r);
  return { discrepancyThreshold: threshold, materiality: threshold, floor: options.floor, warnings, absolute: options.absolute, matched, discrepancies: matched.filter((m) => m.material), companyOnly, governmentOnly, period, outOfScope };
}
