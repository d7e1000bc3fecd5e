import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { closestName } from '../diagnostics/closest-name.js';
import type { SourceDocument } from '../document/index.js';
import { described, partyRef } from './clause.js';
import { moneyString } from './exact-values.js';
import { placeAt, shortName } from './placement.js';

/**
 * One payment by the project company to a related party in a period (`payments` in the actuals):
 * interest (e.g. on a shareholder loan), a management fee or a service fee. The company pays it out
 * of its cash, outside its operating costs; a withholding tax on it is computed when the contract
 * levies one.
 */
export const relatedPartyPayment = z
  .strictObject({
    kind: z.enum(['interest', 'management-fee', 'service-fee']).meta({ description: 'What the payment is: interest (e.g. on a shareholder loan), management-fee or service-fee.' }),
    to: partyRef().meta({ description: 'The party paid: a party of the contract (e.g. the parent or a shareholder lender).' }),
    amount: described(moneyString(), 'The gross amount due, before any tax withheld, e.g. "1200000 USD".'),
    note: z.string().optional().meta({ description: 'Free text, e.g. which loan or agreement.' }),
  })
  .meta({ title: 'Related-party payment', description: 'A payment of interest or a management or service fee by the project company to a party, not part of its operating costs.' });

/** The related-party payments of a period: at most one of each kind to each party. */
export const relatedPartyPayments = z
  .array(relatedPartyPayment)
  .prefault([])
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((p, i) => {
      const key = `${p.kind}/${p.to}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i, 'to'], message: `a second ${p.kind} payment to "${p.to}" in the period; add the two up into one`, input: p.to });
      seen.add(key);
    });
  })
  .meta({ description: 'Payments of interest and management or service fees to related parties in the period (not included in `costs`), each with its gross amount before any tax withheld.' });

/**
 * Related-party payments must be paid to a party of the contract: a payment to an unknown party
 * would otherwise be taken from the company's cash without a payee anyone can check.
 *
 * @example
 * ```ts
 * unknownPaymentParties(actuals.payments, contract.parties.map((p) => p.id), contract.id, source); // [] when all are known
 * ```
 */
export function unknownPaymentParties(payments: readonly { to: string }[], parties: readonly string[], contractId: string, source: SourceDocument): Diagnostic[] {
  const known = new Set(parties);
  const problems: Diagnostic[] = [];
  payments.forEach((p, i) => {
    if (known.has(p.to)) return;
    const guess = closestName(p.to, known, 3);
    problems.push(placeAt(source, ['payments', i, 'to'], {
      code: 'actuals/unknown-party',
      severity: 'error',
      message: `The payment is to "${shortName(p.to)}", which is not a party of contract "${contractId}".`,
      hint: guess === undefined ? `parties: ${[...known].join(', ')}` : `did you mean "${guess}"?`,
    }));
  });
  return problems;
}
