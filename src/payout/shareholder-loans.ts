import type { Actuals, Contract } from '../contract/index.js';
import { allocate } from '../money/allocate.js';
import { Decimal } from '../money/decimal.js';
import { makeMoney } from '../money/money.js';
import { formatRate } from '../money/rate.js';
import type { Period } from '../time/index.js';
import { ClauseError } from './clause-error.js';
import { periodInterestRate } from './indexed-interest.js';
import { exactProduct, intern, moneyText, payable, type PayoutContext } from './payout-context.js';
import type { PeriodLedger } from './period-ledger.js';
import { PROJECT_COMPANY } from './payout-parties.js';
import type { ShareholderLoanBalance } from './payout-state.js';
import { traceNode, type Trace } from './trace.js';
import { payWithholding } from './withholding-tax.js';

/** A shareholder loan clause (`relatedParties.shareholderLoans[i]`). */
export type ShareholderLoanClause = NonNullable<NonNullable<Contract['relatedParties']>['shareholderLoans']>[number];

/** A shareholder loan's principal outstanding, carried from one period to the next. */
export interface LoanBalance {
  /** The loan clause id. */
  readonly loan: string;
  /** The principal outstanding, in whole minor units. */
  readonly balance: Decimal;
  /** For a loan whose interest follows an inflation index: the index value to measure the next rise from. */
  readonly indexValue?: Decimal;
}

/** What a period's shareholder loans did: the balances after it and the interest deductible for income tax. */
export interface LoansSettled {
  readonly balances: LoanBalance[];
  /** The interest paid this period on loans whose interest the contract makes deductible. */
  readonly deductibleInterest: Decimal;
}

interface LoanStep {
  readonly ctx: PayoutContext;
  readonly clause: ShareholderLoanClause;
  readonly period: Period;
  /** Principal brought into the period. */
  readonly opening: Decimal;
  /** The period's interest rate (a fraction of the opening balance), when known. */
  readonly rate: Decimal | undefined;
  /** The interest for the period, before it is shared between the lenders. */
  readonly interest: Decimal;
  /** The index value for the period, when the interest follows an index and the actuals give it. */
  readonly indexValue: Decimal | undefined;
}

interface LenderPart {
  readonly step: LoanStep;
  readonly lender: number;
  /** The whole amount shared (interest, drawdown or repayment) and what it is. */
  readonly whole: Decimal;
  readonly what: 'interest' | 'drawdown' | 'repayment';
  readonly part: Decimal;
}

const ZERO = new Decimal(0);

/** The loan clauses of a contract (none without `relatedParties.shareholderLoans`). */
export function shareholderLoansOf(contract: Contract): readonly ShareholderLoanClause[] {
  return contract.relatedParties?.shareholderLoans ?? [];
}

/**
 * Problems with the period's `loans`: each must name a shareholder loan of the contract and be in
 * the contract currency. Located in the actuals, like {@link cashCallProblems}.
 *
 * @example
 * ```ts
 * loanMovementProblems(ctx, actuals); // [{ path: ['loans', 0, 'loan'], code: 'payout/unknown-loan', … }]
 * ```
 */
export function loanMovementProblems(ctx: PayoutContext, actuals: Actuals): { path: (string | number)[]; code: string; message: string; hint?: string }[] {
  const loans = shareholderLoansOf(ctx.contract);
  const out: { path: (string | number)[]; code: string; message: string; hint?: string }[] = [];
  (actuals.loans ?? []).forEach((m, i) => {
    if (!loans.some((l) => l.id === m.loan)) out.push({ path: ['loans', i, 'loan'], code: 'payout/unknown-loan', message: `"${m.loan}" is not a shareholder loan of contract "${ctx.contract.id}".`, hint: `loans: ${loans.map((l) => l.id).join(', ') || 'none (add relatedParties.shareholderLoans)'}` });
    for (const key of ['drawn', 'repaid'] as const) {
      const a = m[key];
      if (a !== undefined && a.currency !== ctx.currency) out.push({ path: ['loans', i, key], code: 'payout/currency-mismatch', message: `The principal ${key} is in ${a.currency}, but the contract's payments are computed in ${ctx.currency}.`, hint: `state it in ${ctx.currency}` });
    }
  });
  return out;
}

/** Problems with the contract's shareholder loans and dilution clause: amounts in another currency. */
export function loanClauseProblems(contract: Contract): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  shareholderLoansOf(contract).forEach((l, i) => {
    if (l.principal !== undefined && l.principal.currency !== contract.currency) out.push({ path: ['relatedParties', 'shareholderLoans', i, 'principal'], message: `The principal of shareholder loan "${l.id}" is in ${l.principal.currency}, but the contract's payments are computed in ${contract.currency}.` });
  });
  const d = contract.revenue.distributions?.dilution;
  if (d !== undefined && d.contributedBefore.currency !== contract.currency) out.push({ path: ['revenue', 'distributions', 'dilution', 'contributedBefore'], message: `The capital contributed before, of dilution "${d.id}", is in ${d.contributedBefore.currency}, but the contract's payments are computed in ${contract.currency}.` });
  return out;
}

function lenderParts(ctx: PayoutContext, clause: ShareholderLoanClause, amount: Decimal): Decimal[] {
  return allocate(makeMoney(amount, ctx.currency), clause.lenders.map((l) => l.share), { method: ctx.method }).parts.map((p) => p.amount);
}

/**
 * Pays a period's shareholder loans, before the waterfall: for each loan, in this order,
 *
 * 1. **interest** on the principal brought into the period, balance × the period's rate (annual
 *    rate × months ÷ 12, or an index plus a margin as for a carry: see {@link periodInterestRate}),
 *    rounded once to the minor unit, then shared between the lenders in their shares by the
 *    contract's allocation method (`shareholder-loan-interest` lines, from the company to each
 *    lender, less the withholding tax the contract levies on interest to a non-resident);
 * 2. **drawdowns**: the `principal` in the period holding its `drawn` date (default the effective
 *    date) and any `drawn` in the actuals, lent by the lenders in their shares
 *    (`shareholder-loan-drawdown` lines, into the company); interest on them runs from the next
 *    period;
 * 3. **repayments** reported in the actuals (`shareholder-loan-repayment` lines, to the lenders).
 *
 * So where the state or a state enterprise lends, it receives its share of the interest. An index
 * the actuals do not give is never zero: a warning names the loan (see {@link periodInterestRate}).
 * Interest on a loan marked `deductible` is returned for the income tax of the year; on a loan
 * whose deductibility the contract does not state, a note says it is not deducted.
 *
 * @throws ClauseError `payout/loan-balance-unknown` when the fold starts part-way without the
 * loan's balance, and `payout/loan-overpaid` when more principal is repaid than is outstanding.
 * @example
 * ```ts
 * // 100,000,000 outstanding at 8% a year, a quarter: 2,000,000.00; the state lends 10%: 200,000.00
 * payShareholderLoans(ledger, state.shareholderLoans, state.lastPeriod === undefined, notes).balances;
 * ```
 */
export function payShareholderLoans(ledger: PeriodLedger, brought: readonly ShareholderLoanBalance[] | undefined, fromStart: boolean, notes: string[]): LoansSettled {
  const rec = ledger.record;
  const ctx = rec.ctx;
  const clauses = shareholderLoansOf(ctx.contract);
  if (clauses.length === 0) return { balances: [], deductibleInterest: ZERO };
  const period = rec.actuals.period;
  const movements = rec.actuals.loans ?? [];
  const balances: LoanBalance[] = [];
  let deductibleInterest = ZERO;
  const tax = ctx.contract.revenue.incomeTax;
  for (const clause of clauses) {
    const place = `Shareholder loan "${clause.id}"${clause.ref ? ` (${clause.ref})` : ''}`;
    const drawnOn = clause.drawn ?? ctx.contract.effective;
    const before = brought?.find((b) => b.loan === clause.id);
    if (before === undefined && !fromStart && clause.principal !== undefined && drawnOn < period.start) {
      throw new ClauseError({ code: 'payout/loan-balance-unknown', message: `${place} was drawn on ${drawnOn}, before ${period.label}, where the fold starts, and the payout state carries no balance of it.`, hint: `give the opening balance to computePayouts: opening.shareholderLoans: [{ loan: ${clause.id}, balance: "<principal outstanding>" }] (an --opening file does not take loan balances yet)` }, clause.id);
    }
    const opening = before?.balance.amount ?? ZERO;
    const r = periodInterestRate(clause.interest, clause.interestIndex, period, rec.actuals.indices, before?.indexValue);
    const index = clause.interestIndex;
    if (opening.gt(0) && r.missing !== undefined && index !== undefined) {
      notes.push(r.missing === 'earlier'
        ? `Warning: interest on ${place.slice(0, 1).toLowerCase()}${place.slice(1)} for ${period.label}: no earlier value of the index "${index.index}" to measure its rise from (give the index every period, or baseValue), so only the margin is paid.`
        : `Warning: interest on ${place.slice(0, 1).toLowerCase()}${place.slice(1)} for ${period.label}: the actuals give no value of the index "${index.index}" (add indices: { ${index.index}: "<value>" }), so ${index.basis === 'reference-rate' ? 'no interest is paid this period' : 'only the margin is paid; the index\'s rise is counted when it is next given'}.`);
    }
    const interest = r.rate === undefined || !opening.gt(0) ? ZERO : payable(ctx, exactProduct(opening, r.rate));
    const step: LoanStep = { ctx, clause, period, opening, rate: r.rate, interest, indexValue: index === undefined ? undefined : rec.actuals.indices?.[index.index] };
    if (interest.gt(0)) {
      lenderParts(ctx, clause, interest).forEach((part, i) => {
        const lender = clause.lenders[i]!;
        payWithholding(ledger, 'interest', {
          id: intern(ctx, `${clause.id}/interest/${lender.party}`),
          kind: 'shareholder-loan-interest',
          clause: clause.id,
          ref: clause.ref,
          from: PROJECT_COMPANY,
          to: lender.party,
          amount: part,
          rate: lender.share,
          baseLabel: `interest on ${clause.id}`,
          baseAmount: interest,
          explain: lenderPartTrace,
          data: { step, lender: i, whole: interest, what: 'interest', part } satisfies LenderPart,
        }, `interest on ${clause.id} paid to ${lender.party}`, notes);
      });
      if (clause.deductible === true) deductibleInterest = deductibleInterest.plus(interest);
      else if (clause.deductible === undefined && tax !== undefined) notes.push(`Note: the interest on ${place.slice(0, 1).toLowerCase()}${place.slice(1)} in ${period.label} (${moneyText(ctx, interest)}) is not deducted from the taxable income of "${tax.id}": the contract does not say whether it is deductible (state deductible: true or false).`);
    }
    const movement = movements.find((m) => m.loan === clause.id);
    const stated = clause.principal !== undefined && drawnOn >= period.start && drawnOn <= period.end ? clause.principal.amount : ZERO;
    const drawn = stated.plus(movement?.drawn?.amount ?? ZERO);
    const repaid = movement?.repaid?.amount ?? ZERO;
    for (const m of [movement?.drawn, movement?.repaid]) {
      if (m !== undefined && m.currency !== ctx.currency) throw new ClauseError({ code: 'payout/currency-mismatch', message: `${place}: the principal drawn or repaid in ${period.label} is in ${m.currency}, but the contract's payments are computed in ${ctx.currency}.`, hint: `state it in ${ctx.currency}` }, clause.id);
    }
    if (repaid.gt(opening.plus(drawn))) {
      throw new ClauseError({ code: 'payout/loan-overpaid', message: `${place}: ${moneyText(ctx, repaid)} of principal is repaid in ${period.label}, more than the ${moneyText(ctx, opening.plus(drawn))} outstanding.`, hint: 'check loans[].repaid in the actuals' }, clause.id);
    }
    for (const [what, whole] of [['drawdown', drawn], ['repayment', repaid]] as const) {
      if (!whole.gt(0)) continue;
      lenderParts(ctx, clause, whole).forEach((part, i) => {
        const lender = clause.lenders[i]!.party;
        ledger.add({
          id: intern(ctx, `${clause.id}/${what}/${lender}`),
          kind: what === 'drawdown' ? 'shareholder-loan-drawdown' : 'shareholder-loan-repayment',
          clause: clause.id,
          ref: clause.ref,
          from: what === 'drawdown' ? lender : PROJECT_COMPANY,
          to: what === 'drawdown' ? PROJECT_COMPANY : lender,
          amount: part,
          rate: clause.lenders[i]!.share,
          baseLabel: `principal ${what === 'drawdown' ? 'drawn' : 'repaid'}`,
          baseAmount: whole,
          explain: lenderPartTrace,
          data: { step, lender: i, whole, what, part } satisfies LenderPart,
        });
      });
    }
    const balance = opening.plus(drawn).minus(repaid);
    balances.push(r.indexValue === undefined ? { loan: clause.id, balance } : { loan: clause.id, balance, indexValue: r.indexValue });
  }
  return { balances, deductibleInterest };
}

/** Explains a loan's interest for the period: balance × rate, with the index when there is one. */
export function loanInterestTrace(step: LoanStep): Trace {
  const { ctx, clause } = step;
  const index = clause.interestIndex;
  const inputs: Trace[] = [
    traceNode(`principal outstanding at the start of ${step.period.label}`, moneyText(ctx, step.opening), { formula: 'principal drawn before the period − principal repaid' }),
    traceNode(index === undefined ? 'annual interest rate' : `margin over ${index.index}`, formatRate(clause.interest), { clause: clause.id, ref: clause.ref }),
  ];
  if (index !== undefined) inputs.push(traceNode(`${index.index} in ${step.period.label}`, step.indexValue?.toString() ?? 'not given', { formula: `from the actuals (indices); basis ${index.basis}` }));
  return traceNode(`interest on ${clause.id} for ${step.period.label}`, moneyText(ctx, step.interest), {
    clause: clause.id,
    ref: clause.ref,
    formula: `${index === undefined ? 'principal × rate × months ÷ 12' : index.basis === 'reference-rate' ? `principal × (${index.index}% + margin) × months ÷ 12` : `principal × (${index.index} ÷ previous ${index.index} − 1 + margin × months ÷ 12)`}; rounded ${ctx.mode}${step.rate === undefined ? ' (not computed: the index is not given)' : ` (period rate ${step.rate.toString()})`}`,
    inputs,
  });
}

function lenderPartTrace(d: LenderPart): Trace {
  const { step } = d;
  const { ctx, clause } = step;
  const lender = clause.lenders[d.lender]!;
  const whole = d.what === 'interest'
    ? loanInterestTrace(step)
    : traceNode(d.what === 'drawdown' ? `principal drawn in ${step.period.label}` : `principal repaid in ${step.period.label}`, moneyText(ctx, d.whole), {
        clause: clause.id,
        ref: clause.ref,
        formula: d.what === 'drawdown' ? 'the principal on its drawn date, and loans[].drawn in the actuals' : 'from the actuals (loans[].repaid)',
      });
  const verb = d.what === 'interest' ? `${lender.party}'s share of the interest on ${clause.id}` : d.what === 'drawdown' ? `${lender.party} lends its share of ${clause.id}` : `${lender.party}'s share of the principal of ${clause.id} repaid`;
  return traceNode(verb, moneyText(ctx, d.part), {
    clause: clause.id,
    ref: clause.ref,
    formula: `${formatRate(lender.share)} of the amount (the lender's share); parts allocated by ${ctx.method} (ties to the earlier lender), so they sum exactly`,
    inputs: [whole],
  });
}
