import type { ContractDiff } from '../diff/index.js';
import type { Actuals, Contract, LoadedActuals, LoadedContract } from '../contract/index.js';
import { FairlodeError } from '../diagnostics/diagnostic.js';
import { invalidArgument, isOptionsObject } from '../diagnostics/invalid-argument.js';
import type { ResolvedProfile } from '../compliance/index.js';
import type { AnalyseOptions, LoadedPlan, PriceRisk } from '../fiscal/index.js';
import type { OpeningBalances, PayoutStatement } from '../payout/index.js';
import type { ObligationReport } from '../obligations/index.js';
import { parseDate, type IsoDate } from '../time/index.js';

/**
 * What a report is built from: a loaded contract, and optionally its period actuals and a
 * life-of-mine plan. Dates are parameters: the report never reads the clock.
 *
 * @example
 * ```ts
 * const input: ReportInput = { contract: loaded, actuals: [q1, q2], plan, generatedOn: '2026-11-28' };
 * ```
 */
export interface ReportInput {
  /**
   * The contract: loaded from text (its source is quoted next to each finding), or a plain
   * `Contract` as the other engines take (findings are then shown without their lines).
   */
  readonly contract: Contract | LoadedContract;
  /** Period actuals: the revenue chart shows them, and the obligations are tracked against them. */
  readonly actuals?: readonly (Actuals | LoadedActuals)[];
  /** A life-of-mine plan: the price-sensitivity chart, and the revenue chart when there are no actuals. */
  readonly plan?: LoadedPlan;
  /** Balances the payouts of the actuals start from (see `computePayouts`), when earlier periods were computed elsewhere. */
  readonly opening?: OpeningBalances;
  /** The date obligations are judged on (an ISO date string is checked); default the last day of the latest period of actuals. */
  readonly asOf?: IsoDate | string;
  /** The date printed as the report's date; left out when not given. */
  readonly generatedOn?: string;
  /** The compliance profile: a resolved one or the name of a shipped one (default `recommended`). */
  readonly profile?: ResolvedProfile | string;
  /**
   * Options of the fiscal analysis. Default `{ beyondTerm: 'extend' }`: plan years after the
   * contract's term are analysed as if its fiscal terms continued, and the report says so.
   */
  readonly fiscal?: AnalyseOptions;
  /** The main commodity's price in each sensitivity scenario, as multiples of its plan price (default 0.4 to 1.6). */
  readonly priceFactors?: readonly number[];
  /** A price-risk run of this contract and plan (`priceRisk(contract, plan, options)`): the report draws a fan chart of each simulated price and the distribution of the fiscal figures. */
  readonly priceRisk?: PriceRisk;
  /** A diff of this contract against earlier terms (from `diffContracts`): the report gets a "What changed" section. */
  readonly changes?: ContractDiff;
  /** Payout statements already computed for the actuals (a deal's, each period under its own terms): the revenue chart shows them instead of computing them from `contract`. */
  readonly statements?: readonly PayoutStatement[];
  /** The obligations already tracked (a deal's, each under the terms in force on its due date): the obligations section shows them instead of tracking them under `contract`. */
  readonly obligations?: ObligationReport;
  /** A deal's instruments, in the order they apply: the report gets an "Instruments" section. */
  readonly instruments?: readonly ReportInstrument[];
}

/** An instrument of a deal as the report lists it. */
export interface ReportInstrument {
  /** Its id. */
  readonly id: string;
  /** base, amendment, restatement or side-agreement. */
  readonly kind: string;
  /** Its title, when known. */
  readonly title: string | undefined;
  /** The date it was signed, when known. */
  readonly signed: string | undefined;
  /** The date it takes effect. */
  readonly effective: string;
  /** Whether it is in force on the report's date (part of the terms the report judges). */
  readonly inForce: boolean;
}

/** A report input with its parts checked and unwrapped. */
export interface CheckedReportInput {
  readonly contract: Contract;
  readonly loaded: LoadedContract | undefined;
  readonly actuals: readonly Actuals[];
  readonly asOf: IsoDate | undefined;
}

/**
 * Checks what a report is built from: a JavaScript caller who passes the wrong thing gets a
 * `FairlodeError` naming the argument (`input.contract`, `input.actuals[2]`, `input.asOf`), never a
 * property-access crash.
 *
 * @example
 * ```ts
 * checkReportInput({ contract: loaded.value, asOf: '2028-06-30' }).asOf; // '2028-06-30'
 * ```
 */
export function checkReportInput(input: unknown): CheckedReportInput {
  const wrong = (argument: string, expected: string, got: unknown) => invalidArgument('renderReport', argument, expected, got);
  if (!isOptionsObject(input)) throw wrong('input', 'an object with a contract, such as { contract: loadContract(text).value }', input);
  const given = input.contract;
  const expected = 'a Contract or the LoadedContract that loadContract returns';
  if (!isOptionsObject(given)) throw wrong('input.contract', expected, given);
  const loaded = 'contract' in given && 'source' in given ? (given as unknown as LoadedContract) : undefined;
  const contract = (loaded ? loaded.contract : given) as Contract;
  if (!isOptionsObject(contract) || typeof contract.id !== 'string' || !Array.isArray(contract.parties) || !isOptionsObject(contract.revenue)) throw wrong('input.contract', `${expected} (with an id, parties and revenue)`, given);
  if (input.actuals !== undefined && !Array.isArray(input.actuals)) throw wrong('input.actuals', 'a list of Actuals or LoadedActuals', input.actuals);
  const actuals = ((input.actuals ?? []) as unknown[]).map((a, i) => {
    const value = isOptionsObject(a) && 'actuals' in a && 'source' in a ? a.actuals : a;
    if (!isOptionsObject(value) || !isOptionsObject(value.period) || typeof value.period.end !== 'string') throw wrong(`input.actuals[${i}]`, 'Actuals or the LoadedActuals that loadActuals returns', a);
    return value as unknown as Actuals;
  });
  let asOf: IsoDate | undefined;
  if (input.asOf !== undefined) {
    const parsed = typeof input.asOf === 'string' ? parseDate(input.asOf) : undefined;
    if (!parsed) throw wrong('input.asOf', "an ISO date string such as '2028-06-30'", input.asOf);
    if (!parsed.ok) throw new FairlodeError({ code: 'argument/invalid', message: `renderReport: input.asOf ${parsed.problem.message}` });
    asOf = parsed.value;
  }
  if (input.plan !== undefined && !(isOptionsObject(input.plan) && 'plan' in input.plan && 'source' in input.plan)) throw wrong('input.plan', 'the LoadedPlan that loadPlan returns', input.plan);
  const factors = input.priceFactors;
  if (factors !== undefined && !(Array.isArray(factors) && factors.every((f) => typeof f === 'number' && Number.isFinite(f) && f > 0))) {
    throw wrong('input.priceFactors', 'a list of positive numbers (multiples of the plan price)', factors);
  }
  if (input.priceRisk !== undefined && !(isOptionsObject(input.priceRisk) && isOptionsObject(input.priceRisk.priceBands) && Array.isArray(input.priceRisk.commodities))) throw wrong('input.priceRisk', 'the PriceRisk that priceRisk returns', input.priceRisk);
  if (input.generatedOn !== undefined && typeof input.generatedOn !== 'string') throw wrong('input.generatedOn', 'a string', input.generatedOn);
  if (input.statements !== undefined && !(Array.isArray(input.statements) && input.statements.every((s) => isOptionsObject(s) && Array.isArray(s.lines) && Array.isArray(s.totals)))) throw wrong('input.statements', 'a list of PayoutStatements, as computeDealPayouts returns them', input.statements);
  if (input.obligations !== undefined && !(isOptionsObject(input.obligations) && Array.isArray(input.obligations.obligations))) throw wrong('input.obligations', 'the ObligationReport that trackDealObligations returns', input.obligations);
  if (input.instruments !== undefined && !(Array.isArray(input.instruments) && input.instruments.every((i) => isOptionsObject(i) && typeof i.id === 'string' && typeof i.effective === 'string'))) throw wrong('input.instruments', 'a list of { id, kind, title, signed, effective, inForce }', input.instruments);
  return { contract, loaded, actuals, asOf };
}
