import { z } from 'zod';
import { clauseFields, described, partyRef } from '../clause.js';
import { dateString, moneyString } from '../exact-values.js';
import { eitiClassification } from './eiti-classification.js';

/** A signature or production bonus: a fixed amount due on a date. */
export const bonus = z
  .strictObject({
    ...clauseFields,
    kind: z.enum(['signature', 'production', 'discovery']).meta({
      description: 'What the bonus is for: signature (signing the contract), production (reaching production) or discovery (a commercial discovery).',
    }),
    amount: described(moneyString({ sign: 'positive' }), 'The fixed amount of the bonus.'),
    due: described(dateString(), 'Date by which the bonus is paid.'),
    payee: partyRef().meta({ description: 'The party the bonus is paid to.' }),
    eiti: eitiClassification.optional(),
  })
  .meta({ title: 'Bonus', description: 'A fixed bonus payment due on a date.' });
