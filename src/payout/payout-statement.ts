import type { AllocationMethod } from '../money/allocate.js';
import type { CurrencyCode } from '../money/currency.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney, type Money } from '../money/money.js';
import type { RoundingMode } from '../money/rounding.js';
import type { Period } from '../time/index.js';
import type { Conservation } from './conservation.js';
import type { PayoutLine } from './payout-line.js';
import type { CarriedInterestBalance } from './payout-state.js';

/**
 * What one party received less what it paid in a period, in the contract currency.
 *
 * @example
 * ```ts
 * statement.totals.map((t) => `${t.party}: ${moneyToString(t.net)}`); // ['investor: 14657763.15 USD', ...]
 * ```
 */
export interface PartyTotal {
  /** The party id. */
  readonly party: string;
  /** The lines paid to the party less the lines it paid (cash calls, government shares passed on). */
  readonly net: Money;
  /** For a party paid in another currency: the net of its lines' settlements, in its currency. */
  readonly settlement: Money | undefined;
}

/**
 * The balances carried to the next period, for the reader of a statement.
 *
 * @example
 * ```ts
 * statement.balances.reserve; // the company's retained cash after the period
 * ```
 */
export interface StatementBalances {
  /** The company's retained cash. */
  readonly reserve: Money;
  /** Tax losses available to later years. */
  readonly lossesCarriedForward: Money;
  /** Capital not yet written off (straight-line vintages, or the declining-balance pool). */
  readonly undepreciatedCapital: Money;
  /** Carry balances still to be recovered. */
  readonly carriedInterest: readonly CarriedInterestBalance[];
  /** Interest added to carry balances in the period. */
  readonly carryInterestAdded: readonly CarriedInterestBalance[];
  /** Carry written off in the period (a carry's `writeOffs`): never recovered. */
  readonly carryWrittenOff: readonly CarriedInterestBalance[];
}

/**
 * One period's payout statement: every line with its payer, payee, clause and trace; the totals
 * per party; the proof that it adds up; and the balances carried forward.
 *
 * @example
 * ```ts
 * const { statement } = computePeriod(contract, actuals, initialPayoutState(contract));
 * statement.conservation.balanced; // true
 * statement.totals.find((t) => t.party === 'gob')?.net;
 * ```
 */
export interface PayoutStatement {
  /** The contract id. */
  readonly contract: string;
  /** The period. */
  readonly period: Period;
  /** The fiscal year the period belongs to (named by the year it ends). */
  readonly fiscalYear: number;
  /** Whether the period closes its fiscal year (annual minimums topped up, income tax assessed). */
  readonly closesFiscalYear: boolean;
  /** The contract currency, in which every line is stated. */
  readonly currency: CurrencyCode;
  /** The mode every rounding to the minor unit used (the contract's `rounding.mode`). */
  readonly rounding: RoundingMode;
  /** How every split was allocated (the contract's `allocation.method`) and how ties were broken. */
  readonly allocation: { readonly method: AllocationMethod; readonly tieBreak: 'declared-order' };
  /** The lines, in waterfall order. */
  readonly lines: readonly PayoutLine[];
  /** Per party (in the order the contract declares parties), for every party with a line. */
  readonly totals: readonly PartyTotal[];
  /** The proof that sources equal uses. */
  readonly conservation: Conservation;
  /** Balances carried to the next period. */
  readonly balances: StatementBalances;
  /** Plain remarks about the period: clauses not computed and why. */
  readonly notes: readonly string[];
}

/** Totals per party from a statement's lines, in the given party order (other accounts are left out). */
export function partyTotals(lines: readonly PayoutLine[], parties: readonly string[], currency: CurrencyCode, settlementCurrency: ReadonlyMap<string, CurrencyCode>, partyIndex?: ReadonlyMap<string, number>): PartyTotal[] {
  const index = partyIndex ?? new Map(parties.map((p, i) => [p, i]));
  const n = parties.length;
  const net: (Decimal | undefined)[] = new Array(n);
  const settled: (Decimal | undefined)[] = new Array(n);
  for (const l of lines) {
    const a = l.amount.amount;
    const t = index.get(l.to);
    if (t !== undefined) {
      net[t] = net[t] === undefined ? a : net[t].plus(a);
      if (l.settlement !== undefined && settlementCurrency.get(l.to) === l.settlement.amount.currency) settled[t] = (settled[t] ?? ZERO).plus(l.settlement.amount.amount);
    }
    const f = index.get(l.from);
    if (f !== undefined) {
      net[f] = net[f] === undefined ? a.negated() : net[f].minus(a);
      if (l.settlement !== undefined && settlementCurrency.get(l.from) === l.settlement.amount.currency) settled[f] = (settled[f] ?? ZERO).minus(l.settlement.amount.amount);
    }
  }
  const out: PartyTotal[] = [];
  for (let i = 0; i < n; i++) {
    const v = net[i];
    if (v === undefined) continue;
    const party = parties[i]!;
    const c = settlementCurrency.get(party);
    out.push(Object.freeze({
      party,
      net: makeMoney(v, currency),
      settlement: c === undefined ? undefined : makeMoney(settled[i] ?? ZERO, c),
    }));
  }
  return out;
}

const ZERO = new Decimal(0);

/** The parts of a statement the engine computes eagerly; the totals are worked out when first read. */
export type StatementFields = Omit<PayoutStatement, 'totals'>;

/**
 * A payout statement as the engine makes it: frozen, with the totals per party added up from the
 * lines the first time they are read.
 */
export class PayoutStatementRecord implements PayoutStatement {
  readonly contract: string;
  readonly period: Period;
  readonly fiscalYear: number;
  readonly closesFiscalYear: boolean;
  readonly currency: CurrencyCode;
  readonly rounding: RoundingMode;
  readonly allocation: PayoutStatement['allocation'];
  readonly lines: readonly PayoutLine[];
  readonly conservation: Conservation;
  readonly balances: StatementBalances;
  readonly notes: readonly string[];
  #totals: readonly PartyTotal[] | undefined;
  readonly #parties: { ids: readonly string[]; index: ReadonlyMap<string, number>; settlement: ReadonlyMap<string, CurrencyCode> };

  constructor(fields: StatementFields, parties: { ids: readonly string[]; index: ReadonlyMap<string, number>; settlement: ReadonlyMap<string, CurrencyCode> }) {
    this.contract = fields.contract;
    this.period = fields.period;
    this.fiscalYear = fields.fiscalYear;
    this.closesFiscalYear = fields.closesFiscalYear;
    this.currency = fields.currency;
    this.rounding = fields.rounding;
    this.allocation = fields.allocation;
    this.lines = fields.lines;
    this.conservation = fields.conservation;
    this.balances = fields.balances;
    this.notes = fields.notes;
    this.#parties = parties;
    Object.freeze(this);
  }

  /**
   * The same statement with notes added after its own (e.g. that its fiscal year was assessed on
   * part of the year, or that its period was prorated).
   */
  static withNotes(statement: PayoutStatement, notes: readonly string[]): PayoutStatement {
    const all = Object.freeze([...statement.notes, ...notes]);
    if (statement instanceof PayoutStatementRecord) return new PayoutStatementRecord({ ...statement, notes: all }, statement.#parties);
    return Object.freeze({ ...statement, totals: statement.totals, notes: all });
  }

  get totals(): readonly PartyTotal[] {
    return (this.#totals ??= Object.freeze(partyTotals(this.lines, this.#parties.ids, this.currency, this.#parties.settlement, this.#parties.index)));
  }
}
