import type { Contract } from '../contract/index.js';
import { Decimal } from '../money/decimal.js';
import { formatRate, type Rate } from '../money/rate.js';
import { valueInForce, type Period } from '../time/index.js';
import { saleTrace, type CommodityRevenue, type SaleRevenue } from './gross-revenue.js';
import { exactProduct, moneyText, payable, type PayoutContext } from './payout-context.js';
import { traceNode, type Trace } from './trace.js';

/** A contract's raw-export clause (`processing.rawExport`). */
export type RawExportClause = NonNullable<NonNullable<Contract['processing']>['rawExport']>;

/** The form of an exported sale: ore, concentrate or refined. */
export type ExportForm = 'ore' | 'concentrate' | 'refined';

/**
 * The forms a raw-export clause treats as raw when it does not list them (`rawForms`): ore and
 * concentrate; refined output is processed.
 *
 * @example
 * ```ts
 * DEFAULT_RAW_FORMS.includes('concentrate'); // true
 * ```
 */
export const DEFAULT_RAW_FORMS: readonly ExportForm[] = Object.freeze(['ore', 'concentrate'] as const);

/** One exported raw sale and the duty on it. */
export interface DutiableSale {
  /** The sale and its gross revenue (its value). */
  readonly sale: SaleRevenue;
  /** The date whose rate applies: the sale's own date, else the period's first day. */
  readonly on: string;
  /** The rate in force on that date. */
  readonly rate: Rate;
  /** Rate × the sale's value, exact. */
  readonly duty: Decimal;
}

/**
 * The export duty a raw-export levy gives in one period, before it becomes a payout line: the amount,
 * what explains it, and what could not be computed (each problem becomes a warning in the
 * statement's notes, so that a declared payment never vanishes without a word).
 */
export interface ExportDutyDue {
  readonly ctx: PayoutContext;
  /** The clause. */
  readonly clause: RawExportClause;
  readonly period: Period;
  /** The forms treated as raw. */
  readonly rawForms: readonly ExportForm[];
  /** The raw exports that pay the levy, in the order reported. */
  readonly sales: readonly DutiableSale[];
  /** The value of those exports (the levy's base), exact. */
  readonly base: Decimal;
  /** The duty before rounding. */
  readonly exact: Decimal;
  /** The duty payable: rounded once, to the minor unit, with the contract's rounding mode. */
  readonly amount: Decimal;
  /** The single rate applied, when every sale paid the same one. */
  readonly rate: Rate | undefined;
  /** Why part (or all) of the levy could not be computed, one sentence each; empty when nothing is missing. */
  readonly problems: readonly string[];
}

const ZERO = new Decimal(0);

/**
 * The raw-export levy a `processing.rawExport` clause with `restriction: levy-schedule` gives in one
 * period, or undefined when no levy step is in force at any time in the period (or the clause is
 * not a levy). The levy is rate × value (quantity × price, the sale's gross revenue) of every sale
 * the actuals mark `exported: true` in a raw form (`rawForms`, by default ore and concentrate), at
 * the rate in force on the sale's `date`, or on the period's first day when the sale has no date.
 * Summed exactly over the sales and rounded once.
 *
 * What cannot be known is a problem, never a zero: a sale whose actuals do not say whether it was
 * exported, an export without its `form`, an undated sale in a period in which the rate changes,
 * and a clause without a payee. Sales with problems are left out of the amount and named in
 * `problems`.
 *
 * @example
 * ```ts
 * const due = exportDutyDue(ctx, contract.processing!.rawExport!, revenue, period('2031-Q1'));
 * due?.amount.toString(); // '5133000' for 102660000 USD of copper concentrate exported at 5%
 * ```
 */
export function exportDutyDue(ctx: PayoutContext, clause: RawExportClause, revenue: readonly CommodityRevenue[], period: Period): ExportDutyDue | undefined {
  if (!levyInForce(clause, period)) return undefined;
  const schedule = clause.levy.map((step) => ({ from: step.from, value: step.rate }));
  const changes = levyChangesIn(clause, period);
  const rawForms: readonly ExportForm[] = clause.rawForms ?? DEFAULT_RAW_FORMS;
  const problems: string[] = [];
  if (clause.payee === undefined) problems.push('the contract does not say whom the levy is paid to (no payee)');
  const sales: DutiableSale[] = [];
  let base = ZERO;
  let exact = ZERO;
  for (const r of revenue) {
    for (const s of r.sales) {
      const reading = readExport(s.sale, s.index, rawForms, changes, period);
      if (reading.kind === 'problem') problems.push(reading.problem);
      if (reading.kind !== 'dutiable') continue;
      const rate = valueInForce(schedule, reading.on as never);
      if (rate === undefined) continue; // shipped before the levy started
      const duty = exactProduct(rate, s.gross);
      sales.push({ sale: s, on: reading.on, rate, duty });
      base = base.plus(s.gross);
      exact = exact.plus(duty);
    }
  }
  const first = sales[0]?.rate;
  const rate = first !== undefined && sales.every((s) => s.rate.eq(first)) ? first : undefined;
  return { ctx, clause, period, rawForms, sales, base, exact, amount: payable(ctx, exact), rate, problems };
}

/** How a raw-export levy reads one sale: not dutiable, dutiable at the rate of a date, or unknown. */
export type ExportReading = { readonly kind: 'exempt' } | { readonly kind: 'dutiable'; readonly on: string } | { readonly kind: 'problem'; readonly problem: string };

/**
 * Reads one sale for a raw-export levy: exempt when sold in the country (`exported: false`) or
 * exported in a processed form; dutiable, at the rate in force on its `date` (else the period's
 * first day), when exported in a raw form; a problem when the actuals do not say whether it was
 * exported, or in what form, or when it has no date and the rate changes inside the period.
 *
 * @example
 * ```ts
 * readExport(sale, 0, ['ore', 'concentrate'], [], period('2031-Q1')); // { kind: 'dutiable', on: '2031-01-01' }
 * ```
 */
export function readExport(sale: SaleRevenue['sale'], index: number, rawForms: readonly ExportForm[], changes: readonly string[], period: Period): ExportReading {
  const what = `sale ${index + 1} (${sale.commodity})`;
  if (sale.exported === false) return { kind: 'exempt' };
  if (sale.exported === undefined) return { kind: 'problem', problem: `the actuals do not say whether ${what} was exported (write exported: true or false, and the form)` };
  if (sale.form === undefined) return { kind: 'problem', problem: `the actuals do not say in what form ${what} was exported (write form: ore, concentrate or refined)` };
  if (!rawForms.includes(sale.form)) return { kind: 'exempt' };
  if (sale.date !== undefined) return { kind: 'dutiable', on: sale.date };
  if (changes.length > 0) return { kind: 'problem', problem: `${what} has no date, and the levy rate changes on ${changes.join(', ')}, inside ${period.label} (give the sale's date, or report by month)` };
  return { kind: 'dutiable', on: period.start };
}

/**
 * The dates inside a period (after its first day) on which a levy's rate changes.
 *
 * @example
 * ```ts
 * levyChangesIn(clause, period('2033-Q1')); // [] — 2033-01-01 is the period's first day
 * ```
 */
export function levyChangesIn(clause: RawExportClause, period: Period): string[] {
  return clause.levy.filter((step) => step.from > period.start && step.from <= period.end).map((step) => step.from);
}

/**
 * Whether a levy step is in force at some time in the period (on its last day, since steps only
 * start): a levy that has not started asks nothing of the actuals.
 *
 * @example
 * ```ts
 * levyInForce(clause, period('2030-Q4')); // false: the Chagai levy starts on 2031-01-01
 * ```
 */
export function levyInForce(clause: RawExportClause, period: Period): boolean {
  return clause.restriction === 'levy-schedule' && clause.levy.length > 0 && clause.levy[0]!.from <= period.end;
}

/**
 * The warning a levy's problems give, for the statement's notes: the clause, its reference, the
 * period and every problem.
 *
 * @example
 * ```ts
 * exportDutyWarning(due);
 * // 'Warning: raw-export levy "raw-export-levy" (§18.5) for 2031-Q1 is not computed in full: the actuals do not say whether sale 1 (copper) was exported (…).'
 * ```
 */
export function exportDutyWarning(due: ExportDutyDue): string | undefined {
  if (due.problems.length === 0) return undefined;
  const c = due.clause;
  const none = due.sales.length === 0 || c.payee === undefined;
  return `Warning: raw-export levy "${c.id}"${c.ref ? ` (${c.ref})` : ''} for ${due.period.label} is ${none ? 'not computed' : 'not computed in full'}: ${due.problems.join('; ')}.`;
}

/** Explains a raw-export levy. */
export function exportDutyTrace(due: ExportDutyDue): Trace {
  const { ctx, clause } = due;
  const ref = clause.ref;
  const inputs: Trace[] = [
    traceNode('forms treated as raw', due.rawForms.join(', '), clause.rawForms === undefined ? { formula: 'not listed by the contract: ore and concentrate' } : { clause: clause.id, ref }),
    ...due.sales.map((d) =>
      traceNode(`levy on sale ${d.sale.index + 1}, exported as ${d.sale.sale.form!}`, moneyText(ctx, d.duty), {
        clause: clause.id,
        ref,
        formula: `${formatRate(d.rate)} × value of the sale`,
        inputs: [traceNode(`rate in force on ${d.on}`, formatRate(d.rate), { clause: clause.id, ref }), saleTrace(d.sale, ctx.currency)],
      }),
    ),
  ];
  if (due.problems.length > 0) inputs.push(traceNode('not computed', `${due.problems.length} problem${due.problems.length === 1 ? '' : 's'}`, { formula: due.problems.join('; ') }));
  if (!due.exact.eq(due.amount)) inputs.push(traceNode('before rounding', moneyText(ctx, due.exact)));
  return traceNode('raw-export levy', moneyText(ctx, due.amount), {
    clause: clause.id,
    ref,
    formula: `Σ rate in force on the sale's date × value of each raw export; rounded ${ctx.mode} to the minor unit`,
    inputs,
  });
}
