import type { Diagnostic, Result } from '../diagnostics/diagnostic.js';
import { invalidArgument } from '../diagnostics/invalid-argument.js';
import { isLoadedActuals, isLoadedContract, type Actuals, type LoadedActuals, type LoadedContract } from '../contract/index.js';
import { checkContract, type CheckOptions } from '../compliance/index.js';
import { computePayouts } from '../payout/index.js';
import { analysePriceDeck, isLoadedPlan, type AnalyseOptions, type LoadedPlan, type Plan, type PriceScenario } from '../fiscal/index.js';
import { diffTerms, type TermChange } from './terms-diff.js';
import { diffVerdicts, type VerdictDiff } from './verdict-diff.js';
import { diffPayouts, type PayoutDiff } from './payout-diff.js';
import { diffFiscal, type FiscalDiff } from './fiscal-diff.js';

/** One side of a diff: what it is called and the contract id. */
export interface DiffSide {
  /** How the side is named in the output: a file, or a deal on a date. */
  readonly label: string;
  /** The contract id. */
  readonly contract: string;
}

/** What changes between two contracts: terms, verdicts and, given actuals or a plan, money. */
export interface ContractDiff {
  /** The old terms. */
  readonly before: DiffSide;
  /** The new terms. */
  readonly after: DiffSide;
  /** The clauses added, removed or changed. Empty when the terms are the same. */
  readonly terms: readonly TermChange[];
  /** The compliance verdict before and after. */
  readonly verdicts: VerdictDiff;
  /** With actuals: each party's payouts per period and in total, before and after. */
  readonly payouts: PayoutDiff | undefined;
  /** With a plan: government take, NPV and IRR at each price, before and after. */
  readonly fiscal: FiscalDiff | undefined;
}

/** Options for {@link diffContracts}. */
export interface DiffOptions {
  /** Names of the two sides in the output (default: the contracts' files, else their ids). */
  readonly labels?: { readonly before: string; readonly after: string };
  /** The compliance profile both are checked with (default recommended). */
  readonly profile?: CheckOptions['profile'];
  /** Period actuals: both contracts' payouts are computed on them. */
  readonly actuals?: readonly (Actuals | LoadedActuals)[];
  /** A life-of-mine plan: both contracts are analysed on it. */
  readonly plan?: Plan | LoadedPlan;
  /** The prices to analyse the plan at (default: the plan's own). */
  readonly prices?: readonly PriceScenario[];
  /** Discount and hurdle rates and the other analysis conventions. */
  readonly analysis?: AnalyseOptions;
}

function actualsFor(contract: string, actuals: readonly (Actuals | LoadedActuals)[]): (Actuals | LoadedActuals)[] {
  return actuals.map((a) => {
    const value = isLoadedActuals(a) ? a.actuals : a;
    return value.contract === contract ? a : { ...value, contract };
  });
}

function planFor(contract: string, plan: Plan | LoadedPlan): Plan | LoadedPlan {
  const value = isLoadedPlan(plan) ? plan.plan : plan;
  return value.contract === contract ? plan : { ...value, contract };
}

/**
 * Compares two contracts (two files, two instruments of a chain, or a deal's terms before and after
 * an amendment, as {@link consolidateDeal} gives them): the terms clause by clause, the compliance
 * verdict, and, given actuals or a plan, the money each party receives under each. The actuals and
 * the plan are read against each contract in turn, whatever contract id they name. Refused, with
 * the engines' diagnostics, when the payouts or the analysis cannot be computed under either.
 *
 * @throws FairlodeError `argument/invalid` when a contract is not a loaded contract.
 * @example
 * ```ts
 * const d = diffContracts(oldLoaded, newLoaded, { actuals });
 * if (d.ok) for (const t of d.value.terms) console.log(t.subject, t.before, '→', t.after);
 * ```
 */
export function diffContracts(before: LoadedContract, after: LoadedContract, options: DiffOptions = {}): Result<ContractDiff> {
  for (const [name, c] of [['before', before], ['after', after]] as const) {
    if (c === null || typeof c !== 'object' || !isLoadedContract(c)) throw invalidArgument('diffContracts', name, 'a contract as loadContract or consolidateDeal returns it', c);
  }
  const side = (c: LoadedContract, label: string | undefined): DiffSide => ({ label: label ?? c.source.file ?? c.contract.id, contract: c.contract.id });
  const check = options.profile === undefined ? {} : { profile: options.profile };
  const diagnostics: Diagnostic[] = [];
  let payouts: PayoutDiff | undefined;
  if (options.actuals !== undefined) {
    const a = computePayouts(before, actualsFor(before.contract.id, options.actuals));
    const b = computePayouts(after, actualsFor(after.contract.id, options.actuals));
    if (!a.ok || !b.ok) return { ok: false, diagnostics: [...a.diagnostics, ...b.diagnostics] };
    diagnostics.push(...a.diagnostics, ...b.diagnostics);
    payouts = diffPayouts(a.value.statements, b.value.statements);
  }
  let fiscal: FiscalDiff | undefined;
  if (options.plan !== undefined) {
    const deck = options.prices ?? [{ label: 'plan prices', scale: 1 }];
    const analysis = { ...options.analysis, breakeven: false };
    const a = analysePriceDeck(before, planFor(before.contract.id, options.plan), deck, analysis);
    const b = analysePriceDeck(after, planFor(after.contract.id, options.plan), deck, analysis);
    if (!a.ok || !b.ok) return { ok: false, diagnostics: [...a.diagnostics, ...b.diagnostics] };
    diagnostics.push(...a.diagnostics, ...b.diagnostics);
    fiscal = diffFiscal(a.value, b.value);
  }
  return {
    ok: true,
    value: {
      before: side(before, options.labels?.before),
      after: side(after, options.labels?.after),
      terms: diffTerms(before.source.value, after.source.value),
      verdicts: diffVerdicts(checkContract(before, check), checkContract(after, check)),
      payouts,
      fiscal,
    },
    diagnostics,
  };
}
