import { z } from 'zod';
import { clauseFields, clauseRef, described, partyRef } from '../clause.js';
import { count, dateString, moneyString } from '../exact-values.js';
import { eitiClassification } from './eiti-classification.js';

/**
 * A due date relative to an event: "within 30 days of the effective date", or of an event the
 * actuals report (`events: [{ clause, date }]`) for a clause, e.g. commercial production.
 */
export const dueWithin = z
  .strictObject({
    days: count().meta({ description: 'Days after the event by which the payment is due; 0 for the day of the event.' }),
    of: z
      .union([
        z.literal('effective-date').meta({ description: 'The contract\'s effective date.' }),
        z.strictObject({ event: clauseRef().meta({ description: 'The id of the clause whose first event in the actuals (`events: [{ clause, date }]`) starts the count.' }) }),
      ])
      .meta({ description: 'What the days count from: effective-date, or { event: <clause id> } for the first event the actuals report for that clause.' }),
  })
  .meta({ description: 'A due date relative to an event: the payment is due `days` after it.' });

/** Further instalments of a bonus after its first payment: `count` payments of `amount`, one every `every`. */
export const bonusInstalments = z
  .strictObject({
    amount: described(moneyString({ sign: 'positive' }), 'The amount of each further instalment, e.g. "40000000 USD".'),
    count: z.int().min(1).max(100).meta({ description: 'How many further instalments, e.g. 5.' }),
    every: z.enum(['year', 'quarter', 'month']).meta({ description: 'The interval between instalments, counted from the first payment\'s due date.' }),
  })
  .meta({ description: 'Further instalments after the first payment, e.g. 5 × 40,000,000 USD yearly.' });

/**
 * A signature, production or discovery bonus, or a settlement: a fixed amount due on a date (or
 * within days of an event), possibly followed by instalments, paid by the project company or by
 * another party (the parent or an investor).
 */
export const bonus = z
  .strictObject({
    ...clauseFields,
    kind: z.enum(['signature', 'production', 'discovery', 'settlement']).meta({
      description: 'What the bonus is for: signature (signing the contract), production (reaching production), discovery (a commercial discovery) or settlement (a one-off payment that settles a dispute).',
    }),
    amount: described(moneyString({ sign: 'positive' }), 'The fixed amount of the bonus (with `instalments`: of its first payment).'),
    due: described(dateString(), 'Date by which the bonus (or its first payment) is paid.').optional(),
    within: dueWithin.optional(),
    instalments: bonusInstalments.optional(),
    payer: partyRef().optional().meta({ description: 'The party that pays, when not the project company (the parent or an investor): the payment then does not use the company\'s cash.' }),
    payee: partyRef().meta({ description: 'The party the bonus is paid to.' }),
    eiti: eitiClassification.optional(),
  })
  .refine((b) => (b.due === undefined) !== (b.within === undefined), { error: 'a bonus states either "due" (a date) or "within" (days of an event), not both and not neither', path: ['due'] })
  .refine((b) => b.payer === undefined || b.payer !== b.payee, { error: 'a bonus cannot be paid by its own payee', path: ['payer'] })
  .meta({ title: 'Bonus', description: 'A fixed bonus or settlement payment due on a date or within days of an event, possibly in instalments, paid by the project company or another party.' });
