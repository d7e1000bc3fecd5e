import type { Diagnostic, PathSegment, Result } from '../diagnostics/diagnostic.js';
import type { SourceDocument } from '../document/index.js';
import { compareDiagnostics, readSource, type Contract, type LoadOptions } from '../contract/index.js';
import { placeAt } from '../contract/placement.js';
import { diagnosticsFromIssues } from '../contract/zod-issues.js';
import type { Decimal } from '../money/decimal.js';
import type { Money } from '../money/money.js';
import { parseUnit, type Quantity, type UnitPrice } from '../quantity/index.js';
import { fiscalYearOf, nextPeriod, parsePeriod, samePeriod, type Period } from '../time/index.js';
import { planSchema, type PLAN_DEDUCTION_KINDS, type PlanTerms } from './plan-schema.js';
import type { Rate } from '../money/rate.js';

/** A kind of sale deduction a plan charges per unit. */
export type PlanDeductionKind = (typeof PLAN_DEDUCTION_KINDS)[number];

/** What share of a commodity's sales a plan exports, and in what form. */
export interface PlanExport {
  /** The share of the quantity sold that is exported (0 to 1); the rest is sold in the host country. */
  readonly share: Rate;
  /** The form exported. */
  readonly form: 'ore' | 'concentrate' | 'refined';
}

/** One period of a loaded plan, with its period resolved and the prices in force filled in. */
export interface PlanPeriod {
  /** The period. */
  readonly period: Period;
  /** Per commodity id: the quantity produced and sold. */
  readonly production: Readonly<Record<string, Quantity>>;
  /** Per commodity id: the price in force (the period's own, else the plan's). */
  readonly prices: Readonly<Record<string, UnitPrice>>;
  /** Operating and capital costs. */
  readonly costs: { readonly operating?: Money | undefined; readonly capital?: Money | undefined };
  /** Exchange rates in force (the period's own, else the plan's). */
  readonly fx: Readonly<Record<string, Decimal>> | undefined;
  /** Per commodity id: the share exported and its form (the period's own, else the plan's); a commodity not listed is not known to be exported or not. */
  readonly exports: Readonly<Record<string, PlanExport>>;
}

/** A validated life-of-mine plan. */
export interface Plan {
  /** The plan's id. */
  readonly id: string;
  /** The id of the contract it is analysed under. */
  readonly contract: string;
  /** Its title, if it has one. */
  readonly title: string | undefined;
  /** Whether its figures are hypothetical. */
  readonly illustrative: boolean;
  /** Per commodity id: sale deductions charged per unit sold. */
  readonly deductions: Readonly<Record<string, Partial<Record<PlanDeductionKind, UnitPrice>>>>;
  /** The periods, in order, without gaps. */
  readonly periods: readonly PlanPeriod[];
}

/** A plan loaded from text, with its source. */
export interface LoadedPlan {
  /** The validated plan. */
  readonly plan: Plan;
  /** The parsed source: text, plain value and source map. */
  readonly source: SourceDocument;
}

/** Options for {@link loadPlan}. */
export interface LoadPlanOptions extends LoadOptions {
  /**
   * The contract the plan is analysed under: its fiscal year resolves `FY` periods, and the
   * plan's contract id, commodities, currencies, units and term are checked against it.
   */
  contract?: Contract;
}

function placed(source: SourceDocument, path: readonly PathSegment[], severity: Diagnostic['severity'], code: string, message: string, hint?: string): Diagnostic {
  return placeAt(source, path, { code, severity, message, ...(hint === undefined ? {} : { hint }) });
}

/**
 * Loads a life-of-mine plan from YAML or JSON text, with the same located diagnostics as
 * `loadContract`: schema problems (unknown keys with a did-you-mean, bare numbers where an exact
 * string is needed, bad prices or quantities) and the plan's own checks, each at the file, line
 * and column of the value concerned. Never throws for a problem in the text.
 *
 * The plan's periods must be of one kind, in order and without gaps (`plan/mixed-period-kinds`,
 * `plan/duplicate-period`, `plan/gap`). Given the contract, it also checks: the contract id
 * (`plan/wrong-contract`); that every commodity is the contract's (`plan/unknown-commodity`);
 * that every commodity produced has a price (`plan/missing-price`) in the contract currency
 * (`plan/currency-mismatch`) per a unit of the commodity's dimension (`plan/incompatible-units`);
 * that costs are in the contract currency; that no period straddles two fiscal years
 * (`plan/period-straddles-fiscal-year`) or ends before the contract takes effect
 * (`plan/before-term`). Periods after the term ends draw a warning (`plan/beyond-term`): the
 * analysis refuses them unless told to assume the fiscal terms continue.
 *
 * @example
 * ```ts
 * const result = loadPlan(text, { filename: 'plans/chagai-partnership.yaml', contract });
 * if (result.ok) console.log(result.value.plan.periods.length);
 * else for (const d of result.diagnostics) console.log(`${d.file}:${d.range?.start.line} ${d.message}`);
 * ```
 */
export function loadPlan(text: string, options: LoadPlanOptions = {}): Result<LoadedPlan> {
  const read = readSource(text, options);
  if (!read.ok) return read;
  const source = read.value;
  const v = source.value;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) {
    const got = Array.isArray(v) ? 'a list' : v === null ? 'nothing' : `a single ${typeof v}`;
    return { ok: false, diagnostics: [placed(source, [], 'error', 'plan/not-a-mapping', `A plan file must be a mapping of fields, but this one holds ${got}.`, 'start with "fairlode: 1", "id:", "contract:" and "periods:"')] };
  }
  const parsed = planSchema.safeParse(v);
  if (!parsed.success) {
    const diagnostics = diagnosticsFromIssues(parsed.error.issues, planSchema, source, 'plan').map((d) => ({ ...d, code: d.code.replace(/^contract\//, 'plan/') }));
    return { ok: false, diagnostics: diagnostics.sort(compareDiagnostics) };
  }
  const terms = parsed.data;
  const contract = options.contract;
  const problems: Diagnostic[] = [];
  const startMonth = contract?.fiscalYear.startMonth;
  const periods: Period[] = [];
  terms.periods.forEach((p, i) => {
    const period = parsePeriod(p.period, startMonth === undefined ? {} : { fiscalYearStartMonth: startMonth });
    if (!period.ok) {
      problems.push(placed(source, ['periods', i, 'period'], 'error', period.problem.code, period.problem.message, period.problem.hint));
      return;
    }
    periods[i] = period.value;
  });
  checkSequence(source, periods, problems);
  if (contract) checkAgainstContract(source, terms, periods, contract, problems);
  const errors = problems.some((d) => d.severity === 'error');
  problems.sort(compareDiagnostics);
  if (errors || periods.length !== terms.periods.length) return { ok: false, diagnostics: problems };
  const plan: Plan = Object.freeze({
    id: terms.id,
    contract: terms.contract,
    title: terms.title,
    illustrative: terms.illustrative ?? false,
    deductions: Object.freeze(terms.deductions ?? {}),
    periods: Object.freeze(terms.periods.map((p, i) => Object.freeze({
      period: periods[i]!,
      production: Object.freeze({ ...p.production }),
      prices: Object.freeze({ ...terms.prices, ...p.prices }),
      costs: Object.freeze({ operating: p.costs.operating, capital: p.costs.capital }),
      fx: p.fx ?? terms.fx,
      exports: Object.freeze({ ...terms.exports, ...p.exports }),
    }))),
  });
  return { ok: true, value: { plan, source }, diagnostics: problems };
}

function checkSequence(source: SourceDocument, periods: readonly (Period | undefined)[], problems: Diagnostic[]): void {
  let previous: Period | undefined;
  periods.forEach((p, i) => {
    if (p === undefined) {
      previous = undefined;
      return;
    }
    if (previous !== undefined) {
      const at: PathSegment[] = ['periods', i, 'period'];
      if (p.kind !== previous.kind) {
        problems.push(placed(source, at, 'error', 'plan/mixed-period-kinds', `The period ${p.label} is a ${p.kind.replace('-', ' ')}, but the plan's periods before it are of kind ${previous.kind.replace('-', ' ')}.`, 'use one kind of period throughout a plan'));
      } else if (samePeriod(p, previous)) {
        problems.push(placed(source, at, 'error', 'plan/duplicate-period', `The period ${p.label} is given twice.`, 'merge the two entries'));
      } else if (!samePeriod(p, nextPeriod(previous))) {
        const expected = nextPeriod(previous).label;
        problems.push(placed(source, at, 'error', 'plan/gap', `The period ${p.label} does not follow ${previous.label}: ${expected} is expected next.`, `add ${expected} (with zero production if nothing happens), or put the periods in order`));
      }
    }
    previous = p;
  });
}

function checkAgainstContract(source: SourceDocument, terms: PlanTerms, periods: readonly (Period | undefined)[], contract: Contract, problems: Diagnostic[]): void {
  const err = (path: PathSegment[], code: string, message: string, hint?: string) => problems.push(placed(source, path, 'error', code, message, hint));
  if (terms.contract !== contract.id) err(['contract'], 'plan/wrong-contract', `This plan is for contract "${terms.contract}", not "${contract.id}".`, 'check that the right files are paired');
  const units = new Map(contract.commodities.map((c) => [c.id, c.unit]));
  const known = [...units.keys()].join(', ');
  const cur = contract.currency;
  const checkCommodity = (id: string, path: PathSegment[]): boolean => {
    if (units.has(id)) return true;
    problems.push(placeAt(source, path, { code: 'plan/unknown-commodity', severity: 'error', message: `"${id}" is not a commodity of contract "${contract.id}".`, hint: `known: ${known}` }, true));
    return false;
  };
  const checkPrice = (id: string, price: UnitPrice, path: PathSegment[]) => {
    if (!checkCommodity(id, path)) return;
    if (price.currency !== cur) err(path, 'plan/currency-mismatch', `The price of ${id} is in ${price.currency}, but the contract's payments are computed in ${cur}.`, `state it in ${cur}`);
    const unit = parseUnit(units.get(id)!);
    if (unit.ok && unit.value.dimension !== price.per.dimension) err(path, 'plan/incompatible-units', `The price of ${id} is per ${price.per.symbol} (${price.per.dimension}), but ${id} is measured in ${unit.value.symbol} (${unit.value.dimension}).`);
  };
  for (const [id, price] of Object.entries(terms.prices)) checkPrice(id, price, ['prices', id]);
  for (const [id, charges] of Object.entries(terms.deductions ?? {})) {
    if (!checkCommodity(id, ['deductions', id])) continue;
    for (const [kind, charge] of Object.entries(charges)) {
      if (charge !== undefined && charge.currency !== cur) err(['deductions', id, kind], 'plan/currency-mismatch', `The ${kind} charge on ${id} is in ${charge.currency}, but the contract's payments are computed in ${cur}.`, `state it in ${cur}`);
    }
  }
  for (const id of Object.keys(terms.exports ?? {})) checkCommodity(id, ['exports', id]);
  let beyond: { index: number; first: Period; last: Period } | undefined;
  terms.periods.forEach((p, i) => {
    for (const [id, price] of Object.entries(p.prices ?? {})) checkPrice(id, price, ['periods', i, 'prices', id]);
    for (const id of Object.keys(p.exports ?? {})) checkCommodity(id, ['periods', i, 'exports', id]);
    for (const [id, q] of Object.entries(p.production)) {
      if (!checkCommodity(id, ['periods', i, 'production', id])) continue;
      const unit = parseUnit(units.get(id)!);
      if (unit.ok && unit.value.dimension !== q.unit.dimension) err(['periods', i, 'production', id], 'plan/incompatible-units', `The production of ${id} is in ${q.unit.symbol} (${q.unit.dimension}), but ${id} is measured in ${unit.value.symbol} (${unit.value.dimension}).`);
      if (!q.value.isZero() && p.prices?.[id] === undefined && terms.prices[id] === undefined) {
        err(['periods', i, 'production', id], 'plan/missing-price', `${id} is produced in ${p.period} but has no price.`, `add prices: { ${id}: ... } to the period or to the plan`);
      }
    }
    for (const kind of ['operating', 'capital'] as const) {
      const cost = p.costs[kind];
      if (cost !== undefined && cost.currency !== cur) err(['periods', i, 'costs', kind], 'plan/currency-mismatch', `The ${kind} costs of ${p.period} are in ${cost.currency}, but the contract's payments are computed in ${cur}.`, `state them in ${cur}`);
    }
    const period = periods[i];
    if (period === undefined) return;
    const at: PathSegment[] = ['periods', i, 'period'];
    const fy = fiscalYearOf(period.end, contract.fiscalYear.startMonth);
    if (fiscalYearOf(period.start, contract.fiscalYear.startMonth) !== fy) {
      err(at, 'plan/period-straddles-fiscal-year', `The period ${period.label} straddles two fiscal years (FY${fy - 1} and FY${fy}), so annual floors, caps and taxes cannot be assigned to one year.`, contract.fiscalYear.startMonth === 1 ? undefined : `write the fiscal year instead: "FY${fy}"`);
    }
    if (period.end < contract.effective) err(at, 'plan/before-term', `The period ${period.label} ends before the contract takes effect (${contract.effective}).`);
    if (period.start > contract.termEnd) beyond = beyond === undefined ? { index: i, first: period, last: period } : { ...beyond, last: period };
  });
  if (beyond !== undefined) {
    const span = beyond.first.label === beyond.last.label ? beyond.first.label : `${beyond.first.label} to ${beyond.last.label}`;
    problems.push(placed(source, ['periods', beyond.index, 'period'], 'warning', 'plan/beyond-term', `The plan runs beyond the contract's term, which ends on ${contract.termEnd}: ${span} fall after it.`, 'the analysis refuses these periods unless told to assume the fiscal terms continue (beyondTerm: "extend")'));
  }
}
