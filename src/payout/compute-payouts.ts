import { FairlodeError, type Diagnostic, type Result } from '../diagnostics/diagnostic.js';
import { compareDiagnostics, isLoadedActuals, isLoadedContract, type Actuals, type Contract, type LoadedActuals, type LoadedContract } from '../contract/index.js';
import { comparePeriods } from '../time/index.js';
import { foldPeriod } from './compute-period.js';
import { actualsInsideTerm } from './term-straddle.js';
import { ClauseError } from './clause-error.js';
import { actualsListArgument, contractArgument, optionsArgument } from './payout-arguments.js';
import { checkActualsForPayouts, checkContractForPayouts, checkFiscalYearComplete, checkPeriodSequence, clausePath, diagnosticAt, type Place } from './payout-checks.js';
import { initialPayoutState, type OpeningBalances, type PayoutState } from './payout-state.js';
import { PayoutStatementRecord, type PayoutStatement } from './payout-statement.js';
import { unknownTermsNeeded } from '../contract/unknown-needed.js';

/**
 * A series of payout statements and the state after the last.
 *
 * @example
 * ```ts
 * const run = computePayouts(contract, actuals);
 * if (run.ok) run.value.statements.length; // one per period
 * ```
 */
export interface PayoutRun {
  /** One statement per period, in period order. */
  readonly statements: readonly PayoutStatement[];
  /** The state after the last period: pass it as `opening` to continue the fold later. */
  readonly state: PayoutState;
}

/**
 * Options for {@link computePayouts}.
 *
 * @example
 * ```ts
 * computePayouts(contract, laterQuarters, { opening: earlierRun.state });
 * ```
 */
export interface ComputePayoutsOptions {
  /**
   * Where the fold starts: balances brought forward (see {@link initialPayoutState}) or the state a
   * previous run ended with. By default, nothing is brought forward.
   */
  opening?: OpeningBalances | PayoutState;
}


// What the contract alone says about its payouts, worked out once per contract object (as its
// payout context is): a price-risk run folds the same contract thousands of times. Each run gets
// its own copies, so a caller that edits a diagnostic does not change the next run's.
const contractChecks = new WeakMap<object, readonly Diagnostic[]>();

function contractDiagnostics(given: Contract | LoadedContract, c: Contract, place: Place): Diagnostic[] {
  let found = contractChecks.get(given);
  if (found === undefined) {
    found = [...checkContractForPayouts(c, place), ...unknownTermsNeeded(c, place.source?.file, 'The payout computation')];
    contractChecks.set(given, found);
  }
  return found.map((d) => ({ ...d }));
}

function isState(o: OpeningBalances | PayoutState): o is PayoutState {
  return 'contract' in o && 'yearToDate' in o;
}

/**
 * Runs the payout fold over a series of periods: checks the contract and every period's actuals,
 * then computes each period in order with {@link computePeriod}, each step handing its state to
 * the next. Accepts contracts and actuals as loaded from text (then every diagnostic has a file,
 * line and column) or as plain typed values.
 *
 * The actuals may come in any order; they are put in period order. The run is refused, with a
 * located diagnostic for each problem, when periods are missing between the first and the last
 * (`payout/gap`), given twice (`payout/duplicate-period`), of mixed kinds
 * (`payout/mixed-period-kinds`), outside the contract's term (`payout/outside-term`), straddle a
 * fiscal year (`payout/period-straddles-fiscal-year`), or when a price, cost or deduction is in
 * another currency, an exchange rate a party needs is missing, or units cannot be compared.
 * A period across the effective date or the end of the term is refused, prorated to its days inside
 * the term, or computed whole with a warning, as the contract's `term.partialPeriods` says (refuse,
 * pro-rata, not stated). Warnings (a rate that changes inside a period, a discretionary clause, a
 * first fiscal year assessed without some of its periods: `payout/fiscal-year-incomplete`) do not
 * stop the run.
 *
 * @throws FairlodeError `argument/invalid` when called (from JavaScript) with something that is
 * not a contract, a list of actuals or an options object; problems in the documents themselves are
 * diagnostics, never exceptions.
 * @example
 * ```ts
 * const run = computePayouts(loadedContract, loadedActuals);
 * if (run.ok) for (const s of run.value.statements) console.log(s.period.label, s.conservation.balanced);
 * else for (const d of run.diagnostics) console.log(`${d.file}:${d.range?.start.line} ${d.message}`);
 * ```
 */
export function computePayouts(contract: Contract | LoadedContract, actuals: readonly (Actuals | LoadedActuals)[], options: ComputePayoutsOptions = {}): Result<PayoutRun> {
  const c = contractArgument('computePayouts', contract);
  actualsListArgument('computePayouts', actuals);
  optionsArgument<ComputePayoutsOptions>('computePayouts', options);
  if (options.opening !== undefined) optionsArgument('computePayouts', options.opening, 'options.opening');
  const contractPlace: Place = { source: isLoadedContract(contract) ? contract.source : undefined, name: `contract ${c.id}` };
  const entries = actuals.map((a) => {
    const value = isLoadedActuals(a) ? a.actuals : a;
    return { actuals: value, place: { source: isLoadedActuals(a) ? a.source : undefined, name: `actuals for ${value.period.label}` } as Place };
  });
  let opening: PayoutState;
  const diagnostics: Diagnostic[] = [];
  try {
    opening = options.opening === undefined ? initialPayoutState(c) : isState(options.opening) ? options.opening : initialPayoutState(c, options.opening);
  } catch (e) {
    if (!(e instanceof FairlodeError)) throw e;
    return { ok: false, diagnostics: [{ code: e.code, severity: 'error', message: e.message, path: [], ...(e.hint === undefined ? {} : { hint: e.hint }) }] };
  }
  if (opening.contract !== c.id) {
    return { ok: false, diagnostics: [{ code: 'payout/wrong-contract', severity: 'error', message: `The opening state belongs to contract "${opening.contract}", not "${c.id}".`, path: [] }] };
  }
  diagnostics.push(...contractDiagnostics(contract, c, contractPlace));
  for (const e of entries) diagnostics.push(...checkActualsForPayouts(c, e.actuals, e.place));
  diagnostics.push(...checkPeriodSequence(entries, opening.lastPeriod));
  diagnostics.sort(compareDiagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };

  const sorted = [...entries].sort((a, b) => comparePeriods(a.actuals.period, b.actuals.period));
  const statements: PayoutStatement[] = [];
  let state = opening;
  for (const e of sorted) {
    try {
      // A period across an edge of the term, under term.partialPeriods: pro-rata, is computed on its part inside.
      const inside = c.term.partialPeriods === 'pro-rata' ? actualsInsideTerm(c, e.actuals) : undefined;
      const step = foldPeriod(c, inside?.actuals ?? e.actuals, state);
      statements.push(inside === undefined ? step.statement : PayoutStatementRecord.withNotes(step.statement, [inside.note]));
      state = step.state;
    } catch (error) {
      if (!(error instanceof FairlodeError)) throw error;
      diagnostics.push(foldDiagnostic(error, c, contractPlace, e));
      return { ok: false, diagnostics };
    }
  }
  // A first fiscal year missing its first periods is assessed on part of the year: a warning, and a
  // note on the statement that assesses it, beside its income tax.
  const incomplete = checkFiscalYearComplete(c, entries, opening);
  if (incomplete !== undefined) {
    diagnostics.push(incomplete);
    diagnostics.sort(compareDiagnostics);
    const i = statements.findIndex((st) => st.closesFiscalYear);
    if (i >= 0) statements[i] = PayoutStatementRecord.withNotes(statements[i]!, [incomplete.message]);
  }
  return { ok: true, value: Object.freeze({ statements: Object.freeze(statements), state }), diagnostics };
}

// A problem met in the fold: placed at the clause that caused it (with the period's actuals as the
// related place) when it names one, else at the period's actuals. `FairlodeError.message` already
// carries the hint in brackets, so the diagnostic is built from the parts.
function foldDiagnostic(error: FairlodeError, contract: Contract, contractPlace: Place, entry: { actuals: Actuals; place: Place }): Diagnostic {
  const label = entry.actuals.period.label;
  const message = error.hint ? error.message.slice(0, error.message.length - error.hint.length - 3) : error.message;
  const path = error instanceof ClauseError && error.clause !== undefined ? clausePath(contract, error.clause) : undefined;
  if (path === undefined) return diagnosticAt(entry.place, ['period'], 'error', error.code, message.includes(label) ? message : `${label}: ${message}`, error.hint);
  // A related place has no file of its own (it shares the diagnostic's), so the actuals' file is
  // named in its message and no range from that other file is given.
  const related = [{ message: `the actuals for ${label}${entry.place.source?.file ? ` (${entry.place.source.file})` : ''}`, path: ['period'] }];
  return diagnosticAt(contractPlace, path, 'error', error.code, message, error.hint, related);
}
