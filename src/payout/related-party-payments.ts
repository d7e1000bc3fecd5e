import type { Actuals } from '../contract/index.js';
import { FairlodeError } from '../diagnostics/diagnostic.js';
import { moneyText, type PayoutContext } from './payout-context.js';
import type { PeriodLedger, PeriodRecord } from './period-ledger.js';
import { PROJECT_COMPANY } from './payout-parties.js';
import { traceNode, type Trace } from './trace.js';
import { payWithholding, type WithheldPayment } from './withholding-tax.js';

/** One related-party payment of a period's actuals (`payments[i]`). */
export type RelatedPartyPayment = Actuals['payments'][number];

const WITHHELD_FROM: Readonly<Record<RelatedPartyPayment['kind'], WithheldPayment>> = {
  interest: 'interest',
  'management-fee': 'management-fees',
  'service-fee': 'service-fees',
};

const WORDS: Readonly<Record<RelatedPartyPayment['kind'], string>> = {
  interest: 'interest',
  'management-fee': 'management fee',
  'service-fee': 'service fee',
};

interface PaymentData {
  readonly rec: PeriodRecord;
  readonly index: number;
}

function paymentTrace(d: PaymentData): Trace {
  const p = d.rec.actuals.payments![d.index]!;
  return traceNode(`${WORDS[p.kind]} paid to ${p.to}, as reported for ${d.rec.actuals.period.label}`, moneyText(d.rec.ctx, p.amount.amount), { formula: p.note === undefined ? 'from the actuals (payments)' : `from the actuals (payments): ${p.note}` });
}

/**
 * Pays the period's related-party payments (`payments` in the actuals): interest, management and
 * service fees from the project company to the party named, each a `related-party-payment` line,
 * less the withholding tax the contract levies on that kind of payment to a non-resident (a
 * `withholding-tax` line to the government; see {@link payWithholding}). The company pays out the
 * gross amount, so conservation holds.
 *
 * When the contract taxes income, a note says the payments are not deducted from taxable income:
 * whether interest and fees are deductible (and within which limits) is not modelled.
 *
 * @throws FairlodeError `payout/currency-mismatch` when a payment is not in the contract currency.
 * @example
 * ```ts
 * payRelatedParties(ledger, actuals.payments, notes);
 * ```
 */
export function payRelatedParties(ledger: PeriodLedger, payments: readonly RelatedPartyPayment[] | undefined, notes: string[]): void {
  // Actuals built in code (a fiscal plan's) may leave the list out: none were made.
  if (payments === undefined || payments.length === 0) return;
  const rec = ledger.record;
  const ctx: PayoutContext = rec.ctx;
  payments.forEach((p, index) => {
    if (p.amount.currency !== ctx.currency) {
      throw new FairlodeError({ code: 'payout/currency-mismatch', message: `The ${WORDS[p.kind]} paid to "${p.to}" in ${rec.actuals.period.label} is in ${p.amount.currency}, but the contract's payments are computed in ${ctx.currency}.`, hint: `state it in ${ctx.currency}` });
    }
    payWithholding(ledger, WITHHELD_FROM[p.kind], {
      id: `payments/${p.kind}/${p.to}`,
      kind: 'related-party-payment',
      from: PROJECT_COMPANY,
      to: p.to,
      amount: p.amount.amount,
      explain: paymentTrace,
      data: { rec, index } satisfies PaymentData,
    }, `${WORDS[p.kind]} paid to ${p.to}`, notes);
  });
  const tax = ctx.contract.revenue.incomeTax;
  if (tax !== undefined) {
    notes.push(`Note: the interest and fees paid to related parties in ${rec.actuals.period.label} are not deducted from the taxable income of "${tax.id}": whether they are deductible is not modelled.`);
  }
}
