import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { parsePeriod, type Period } from '../time/index.js';
import type { ActualsTerms, Contract } from './contract.js';
import { actualsSchema } from './actuals-schema.js';
import { compareDiagnostics } from './diagnostic-order.js';
import { notAMapping, readSource, type LoadOptions } from './load-contract.js';
import { placeAt } from './placement.js';
import type { SourceDocument } from '../document/index.js';
import { diagnosticsFromIssues } from './zod-issues.js';

/** Period actuals with the period resolved to dates. */
export type Actuals = Omit<ActualsTerms, 'period'> & {
  /** The period these actuals cover. */
  readonly period: Period;
};

/** Period actuals loaded from text, with their source. */
export interface LoadedActuals {
  /** The validated, typed actuals. */
  readonly actuals: Actuals;
  /** The parsed source. */
  readonly source: SourceDocument;
}

/** Options for {@link loadActuals}. */
export interface LoadActualsOptions extends LoadOptions {
  /**
   * The contract the actuals belong to: its id must match, its fiscal year resolves `FY` periods,
   * and the commodities sold must be its commodities.
   */
  contract?: Contract;
}

/**
 * Loads one period's actuals (sales, costs, workforce, ...) from YAML or JSON text, with the same
 * located diagnostics as {@link loadContract}. Never throws for a problem in the text.
 *
 * @example
 * ```ts
 * const result = loadActuals(text, { filename: 'actuals/2029-Q3.yaml', contract });
 * if (result.ok) console.log(result.value.actuals.period.label);
 * ```
 */
export function loadActuals(text: string, options: LoadActualsOptions = {}): Result<LoadedActuals> {
  const read = readSource(text, options);
  if (!read.ok) return read;
  const source = read.value;
  const rootProblem = notAMapping(source, 'actuals');
  if (rootProblem) return { ok: false, diagnostics: [rootProblem] };
  const parsed = actualsSchema.safeParse(source.value);
  if (!parsed.success) {
    return { ok: false, diagnostics: diagnosticsFromIssues(parsed.error.issues, actualsSchema, source, 'actuals file').sort(compareDiagnostics) };
  }
  const terms = parsed.data;
  const problems: Diagnostic[] = [];
  const contract = options.contract;
  const startMonth = contract?.fiscalYear.startMonth;
  const period = parsePeriod(terms.period, startMonth === undefined ? {} : { fiscalYearStartMonth: startMonth });
  if (!period.ok) {
    problems.push(placeAt(source, ['period'], { code: period.problem.code, severity: 'error', message: period.problem.message, ...(period.problem.hint ? { hint: period.problem.hint } : {}) }));
  }
  if (contract) {
    if (terms.contract !== contract.id) {
      problems.push(placeAt(source, ['contract'], { code: 'actuals/wrong-contract', severity: 'error', message: `These actuals are for contract "${terms.contract}", not "${contract.id}".`, hint: 'check that the right files are paired' }));
    }
    const commodities = new Set(contract.commodities.map((c) => c.id));
    terms.sales.forEach((s, i) => {
      if (!commodities.has(s.commodity)) {
        problems.push(placeAt(source, ['sales', i, 'commodity'], { code: 'actuals/unknown-commodity', severity: 'error', message: `"${s.commodity}" is not a commodity of contract "${contract.id}".`, hint: `known: ${[...commodities].join(', ')}` }));
      }
    });
    if (period.ok && (period.value.end < contract.effective || period.value.start > contract.termEnd)) {
      problems.push(placeAt(source, ['period'], { code: 'actuals/outside-term', severity: 'error', message: `The period ${period.value.label} lies outside the contract's term (${contract.effective} to ${contract.termEnd}).` }));
    }
  }
  if (problems.length > 0 || !period.ok) return { ok: false, diagnostics: problems.sort(compareDiagnostics) };
  return { ok: true, value: { actuals: { ...terms, period: period.value }, source }, diagnostics: [] };
}
