import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { parsePeriod, type Period } from '../time/index.js';
import type { ActualsTerms, Contract } from './contract.js';
import { actualsSchema } from './actuals-schema.js';
import { compareDiagnostics } from './diagnostic-order.js';
import { checkLoadArguments, notAMapping, readSource, type LoadedContract, type LoadOptions } from './load-contract.js';
import { invalidArgument, isOptionsObject } from '../diagnostics/invalid-argument.js';
import { findClauses, type ClauseEntry } from './integrity/clause-index.js';
import { placeAt, placeProblem, shortName } from './placement.js';
import { reservedKeyDiagnostics, throughReservedKey } from './reserved-keys.js';
import { bidiControlWarnings } from './bidi-controls.js';
import { checkPartsWithinWholes } from './actuals-consistency.js';
import { closestName } from '../diagnostics/closest-name.js';
import type { SourceDocument } from '../document/index.js';
import { diagnosticsFromIssues } from './zod-issues.js';
import { unknownPaymentParties } from './related-party-payment.js';

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

/**
 * Whether period actuals are the `LoadedActuals` that `loadActuals` returns (with their source, so
 * problems can be placed in the file) rather than plain `Actuals`: every engine accepts both.
 *
 * @example
 * ```ts
 * const value = isLoadedActuals(a) ? a.actuals : a;
 * ```
 */
export function isLoadedActuals(value: Actuals | LoadedActuals): value is LoadedActuals {
  return 'actuals' in value && 'source' in value;
}

/** Options for {@link loadActuals}. */
export interface LoadActualsOptions extends LoadOptions {
  /**
   * The contract the actuals belong to, as a `Contract` or as the `LoadedContract` that
   * {@link loadContract} returns: its id must match, its fiscal year resolves `FY` periods, the
   * commodities sold must be its commodities and the clauses that events name must be its clauses.
   */
  contract?: Contract | LoadedContract;
}

/**
 * Loads one period's actuals (sales, costs, workforce, ...) from YAML or JSON text, with the same
 * located diagnostics as {@link loadContract}. Never throws for a problem in the text.
 *
 * @throws FairlodeError `argument/invalid` when called outside the types, as {@link loadContract}
 * does, or when `contract` is neither a `Contract` nor a `LoadedContract`.
 *
 * @example
 * ```ts
 * const result = loadActuals(text, { filename: 'actuals/2029-Q3.yaml', contract });
 * if (result.ok) console.log(result.value.actuals.period.label);
 * ```
 */
export function loadActuals(text: string, options: LoadActualsOptions = {}): Result<LoadedActuals> {
  checkLoadArguments('loadActuals', text, options);
  const given = contractOf(options.contract);
  const read = readSource(text, options);
  if (!read.ok) return read;
  const source = read.value;
  const rootProblem = notAMapping(source, 'actuals');
  if (rootProblem) return { ok: false, diagnostics: [rootProblem] };
  const warnings = bidiControlWarnings(source);
  const reserved = reservedKeyDiagnostics(source);
  const parsed = actualsSchema.safeParse(source.value);
  if (!parsed.success || reserved.length > 0) {
    const issues = parsed.success ? [] : diagnosticsFromIssues(parsed.error.issues, actualsSchema, source, 'actuals file').filter((d) => !throughReservedKey(d.path));
    return { ok: false, diagnostics: [...warnings, ...reserved, ...issues].sort(compareDiagnostics) };
  }
  const terms = parsed.data;
  const problems: Diagnostic[] = checkPartsWithinWholes(terms).map((p) => placeProblem(source, p));
  const contract = given?.contract;
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
    problems.push(...unknownEventClauses(terms.events, given!.clauses, contract.id, source));
    problems.push(...unknownPaymentParties(terms.payments, contract.parties.map((p) => p.id), contract.id, source));
    if (period.ok && (period.value.end < contract.effective || period.value.start > contract.termEnd)) {
      problems.push(placeAt(source, ['period'], { code: 'actuals/outside-term', severity: 'error', message: `The period ${period.value.label} lies outside the contract's term (${contract.effective} to ${contract.termEnd}).` }));
    }
  }
  if (problems.length > 0 || !period.ok) return { ok: false, diagnostics: [...warnings, ...problems].sort(compareDiagnostics) };
  return { ok: true, value: { actuals: { ...terms, period: period.value }, source }, diagnostics: warnings };
}

/** The contract and its clauses from what a caller passed as `options.contract`. */
function contractOf(given: unknown): { contract: Contract; clauses: readonly ClauseEntry[] } | undefined {
  if (given === undefined) return undefined;
  if (isOptionsObject(given) && isOptionsObject(given.contract) && Array.isArray(given.clauses)) {
    const loaded = given as unknown as LoadedContract;
    if (looksLikeContract(loaded.contract)) return { contract: loaded.contract, clauses: loaded.clauses };
  }
  if (looksLikeContract(given)) return { contract: given, clauses: findClauses(given) };
  throw invalidArgument('loadActuals', 'options.contract', 'a Contract or the LoadedContract that loadContract returns', given);
}

/** Whether a value has the parts of a validated contract that loading actuals reads. */
function looksLikeContract(value: unknown): value is Contract {
  if (!isOptionsObject(value)) return false;
  return typeof value.id === 'string' && Array.isArray(value.commodities) && isOptionsObject(value.fiscalYear) && typeof value.effective === 'string' && typeof value.termEnd === 'string';
}

/**
 * Events must name a clause (or a milestone, work item or other entry with an id) of the contract:
 * an event for a clause that does not exist would otherwise be ignored without a word.
 */
function unknownEventClauses(events: readonly { clause: string }[], clauses: readonly ClauseEntry[], contractId: string, source: SourceDocument): Diagnostic[] {
  const ids = new Set(clauses.map((c) => c.id));
  const problems: Diagnostic[] = [];
  events.forEach((event, i) => {
    if (ids.has(event.clause)) return;
    const guess = closestName(event.clause, ids, Math.min(6, Math.max(2, Math.floor(event.clause.length / 3))));
    problems.push(placeAt(source, ['events', i, 'clause'], {
      code: 'actuals/unknown-clause',
      severity: 'error',
      message: `The event names "${shortName(event.clause)}", which is not a clause or milestone of contract "${contractId}".`,
      hint: guess === undefined ? 'name the id of a clause, milestone or work item of the contract' : `did you mean "${guess}"?`,
    }));
  });
  return problems;
}
