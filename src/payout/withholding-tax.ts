import { holdersOf, type Contract } from '../contract/index.js';
import type { Decimal } from '../money/decimal.js';
import { formatRate, type Rate } from '../money/rate.js';
import { exactProduct, intern, moneyText, payable, type PayoutContext } from './payout-context.js';
import type { LineSpec, PeriodLedger } from './period-ledger.js';
import type { PayoutLine } from './payout-line.js';
import { PROJECT_COMPANY } from './payout-parties.js';
import { traceNode, type Trace } from './trace.js';

/** A contract's withholding tax clause (`revenue.withholdingTaxes[i]`). */
export type WithholdingTaxClause = Contract['revenue']['withholdingTaxes'][number];

/** What a withholding tax is levied on: `dividends`, `interest`, `management-fees` or `service-fees`. */
export type WithheldPayment = WithholdingTaxClause['on'];

/**
 * How a withholding tax applies to one recipient: not at all (a resident), at a rate (the clause's,
 * or a treaty's for a recipient resident in the treaty partner country), or not known (the
 * recipient's residence is not stated, or a treaty may apply and its country is not stated).
 */
export type WithholdingStatus =
  | { readonly kind: 'resident'; readonly because: string }
  | { readonly kind: 'withheld'; readonly rate: Rate; readonly residence: string; readonly treaty: string | undefined }
  | { readonly kind: 'unknown'; readonly reason: string };

/** The clause levied on a kind of payment and how it applies to one recipient. */
export interface RecipientWithholding {
  readonly clause: WithholdingTaxClause;
  readonly status: WithholdingStatus;
}

const RESIDENT_ROLES: ReadonlySet<string> = new Set(['host-government', 'subnational-government', 'local-government']);

// Worked out once per contract and recipient: a long fold asks for every distribution line.
const plans = new WeakMap<PayoutContext, Map<string, RecipientWithholding | null>>();

/**
 * The withholding tax a contract levies on a kind of payment to one party, and how it applies to
 * that party; undefined when the contract levies none on that kind of payment.
 *
 * A party is resident when its `residence` is `resident` or the host country's code, or when it is
 * a host, subnational or local government (resident by its role). A non-resident is taxed at the
 * clause's rate, or at the rate of a treaty whose partner country is its country of residence. A
 * party whose residence is not stated, or a `non-resident` without a country when the clause names
 * treaties, is `unknown`: the engine never guesses a residence.
 *
 * @example
 * ```ts
 * withholdingFor(ctx, 'dividends', 'investor')?.status; // { kind: 'withheld', rate: 20%, residence: 'non-resident', treaty: undefined }
 * ```
 */
export function withholdingFor(ctx: PayoutContext, on: WithheldPayment, party: string): RecipientWithholding | undefined {
  let plan = plans.get(ctx);
  if (plan === undefined) plans.set(ctx, (plan = new Map()));
  const key = `${on}/${party}`;
  let found = plan.get(key);
  if (found === undefined) {
    const clause = ctx.contract.revenue.withholdingTaxes.find((w) => w.on === on);
    found = clause === undefined ? null : { clause, status: statusOf(ctx.contract, clause, party) };
    plan.set(key, found);
  }
  return found ?? undefined;
}

function statusOf(contract: Contract, clause: WithholdingTaxClause, id: string): WithholdingStatus {
  const party = contract.parties.find((p) => p.id === id);
  if (party === undefined) return { kind: 'unknown', reason: `"${id}" is not a party of the contract` };
  const host = contract.jurisdiction.country;
  const residence = party.residence;
  if (residence === undefined) {
    if (RESIDENT_ROLES.has(party.role)) return { kind: 'resident', because: `a ${party.role} is resident by its role` };
    return { kind: 'unknown', reason: `the residence of "${id}" is not stated (add residence: resident, non-resident or its country code to the party)` };
  }
  if (residence === 'resident' || residence === host) return { kind: 'resident', because: `"${id}" is resident in ${host}` };
  if (residence === 'non-resident') {
    if (clause.treaties.length > 0) return { kind: 'unknown', reason: `"${id}" is non-resident but its country of residence is not stated, so whether a treaty rate (${clause.treaties.map((t) => t.country).join(', ')}) applies is not known (give its country code as residence)` };
    return { kind: 'withheld', rate: clause.rate, residence, treaty: undefined };
  }
  const treaty = clause.treaties.find((t) => t.country === residence);
  return treaty === undefined ? { kind: 'withheld', rate: clause.rate, residence, treaty: undefined } : { kind: 'withheld', rate: treaty.rate, residence, treaty: treaty.treaty };
}

/** What the trace of a withholding tax line, or of the net payment it leaves, is rebuilt from. */
interface Withheld {
  readonly ctx: PayoutContext;
  readonly clause: WithholdingTaxClause;
  readonly status: Extract<WithholdingStatus, { kind: 'withheld' }>;
  readonly party: string;
  /** The gross payment, before the tax, and its own explanation. */
  readonly gross: Decimal;
  readonly grossExplain: (data: never) => Trace;
  readonly grossData: unknown;
  readonly grossLabel: string;
  readonly tax: Decimal;
}

function grossTrace(w: Withheld): Trace {
  return (w.grossExplain as (data: unknown) => Trace)(w.grossData);
}

/** Explains a withholding tax line: rate (statutory or treaty) × the gross payment, rounded once. */
export function withholdingTaxTrace(w: Withheld): Trace {
  const { ctx, clause, status } = w;
  const rate = status.treaty === undefined
    ? traceNode(`rate on payments to non-residents (residence of ${w.party}: ${status.residence})`, formatRate(status.rate), { clause: clause.id, ref: clause.ref })
    : traceNode(`treaty rate: ${status.treaty} (residence of ${w.party}: ${status.residence})`, formatRate(status.rate), { clause: clause.id, ref: clause.ref });
  return traceNode(`withholding tax on ${clause.on} paid to ${w.party}`, moneyText(ctx, w.tax), {
    clause: clause.id,
    ref: clause.ref,
    formula: `rate × ${w.grossLabel}; rounded ${ctx.mode} to the minor unit`,
    inputs: [rate, grossTrace(w)],
  });
}

/** Explains the net payment a recipient receives: the gross payment less the tax withheld. */
function netTrace(w: Withheld): Trace {
  return traceNode(`${w.grossLabel} after withholding tax`, moneyText(w.ctx, w.gross.minus(w.tax)), {
    clause: w.clause.id,
    ref: w.clause.ref,
    formula: 'gross payment − tax withheld',
    inputs: [grossTrace(w), traceNode(`withholding tax (${w.clause.id})`, moneyText(w.ctx, w.tax), { clause: w.clause.id, ref: w.clause.ref })],
  });
}

/**
 * The warning a withholding tax that cannot be applied gives, for the statement's notes.
 *
 * @example
 * ```ts
 * withholdingWarning(clause, 'distributions/investor', '2027-Q1', reason);
 * // 'Warning: withholding tax "dividend-wht" (§15.3) on distributions/investor in 2027-Q1 is not applied: …'
 * ```
 */
export function withholdingWarning(clause: WithholdingTaxClause, line: string, period: string, reason: string): string {
  return `Warning: withholding tax "${clause.id}"${clause.ref ? ` (${clause.ref})` : ''} on ${line} in ${period} is not applied: ${reason}.`;
}

/**
 * Pays a payment from the project company to `spec.to`, withholding the tax the contract levies on
 * it: the recipient's line carries the net amount (its trace shows gross − tax) and a
 * `withholding-tax` line pays the tax to the clause's payee, so the company pays out exactly the
 * gross amount and conservation holds. A payment to a resident is paid in full; one to a recipient
 * whose residence is not known is paid in full with a warning in `notes` naming the clause.
 *
 * The tax is rate × gross, rounded once to the minor unit with the contract's rounding mode.
 *
 * @example
 * ```ts
 * payWithholding(ledger, 'dividends', { id: 'distributions/investor', kind: 'distribution', ... }, 'investor’s distribution', notes);
 * ```
 */
export function payWithholding(ledger: PeriodLedger, on: WithheldPayment, spec: LineSpec, grossLabel: string, notes: string[] | undefined): PayoutLine | undefined {
  const ctx = ledger.record.ctx;
  if (ctx.contract.revenue.withholdingTaxes.length === 0) return ledger.add(spec);
  const w = spec.from === PROJECT_COMPANY ? withholdingFor(ctx, on, spec.to) : undefined;
  if (w === undefined || w.status.kind === 'resident' || spec.amount.isZero()) return ledger.add(spec);
  if (w.status.kind === 'unknown') {
    notes?.push(withholdingWarning(w.clause, `${spec.id} (${moneyText(ctx, spec.amount)})`, ledger.record.actuals.period.label, w.status.reason));
    return ledger.add(spec);
  }
  const tax = payable(ctx, exactProduct(spec.amount, w.status.rate));
  const data: Withheld = { ctx, clause: w.clause, status: w.status, party: spec.to, gross: spec.amount, grossExplain: spec.explain, grossData: spec.data, grossLabel, tax };
  const line = ledger.add({ ...spec, amount: spec.amount.minus(tax), explain: netTrace, data });
  ledger.add({
    id: intern(ctx, `${w.clause.id}/${spec.id}`),
    kind: 'withholding-tax',
    clause: w.clause.id,
    ref: w.clause.ref,
    from: PROJECT_COMPANY,
    to: w.clause.payee,
    amount: tax,
    rate: w.status.rate,
    baseLabel: grossLabel,
    baseAmount: spec.amount,
    onBehalfOf: spec.to,
    explain: withholdingTaxTrace,
    data,
  });
  return line;
}

/**
 * The holders of equity whose dividends a withholding tax cannot be applied to, because their
 * residence is not known: one finding per holder, at the party, for `computePayouts` to report as a
 * located warning before any period is computed.
 *
 * @example
 * ```ts
 * unknownResidences(contract); // [{ party: 0, clause: 'dividend-wht', message: '…' }]
 * ```
 */
export function unknownResidences(contract: Contract): { party: number; clause: string; message: string }[] {
  const out: { party: number; clause: string; message: string }[] = [];
  const clause = contract.revenue.withholdingTaxes.find((w) => w.on === 'dividends');
  if (clause === undefined) return out;
  const holders = new Set(contract.ownership.flatMap(holdersOf));
  contract.parties.forEach((p, i) => {
    if (!holders.has(p.id)) return;
    const status = statusOf(contract, clause, p.id);
    if (status.kind === 'unknown') out.push({ party: i, clause: clause.id, message: `Withholding tax "${clause.id}"${clause.ref ? ` (${clause.ref})` : ''} cannot be applied to the dividends of "${p.id}": ${status.reason}.` });
  });
  return out;
}
