import { z } from 'zod';
import { clauseFields, partyRef } from '../clause.js';
import { dateString, moneyString } from '../exact-values.js';
import { eitiClassification } from './eiti-classification.js';

/** A signature or production bonus: a fixed amount due on a date. */
export const bonus = z
  .strictObject({
    ...clauseFields,
    kind: z.enum(['signature', 'production', 'discovery']),
    amount: moneyString(),
    due: dateString(),
    payee: partyRef(),
    eiti: eitiClassification.optional(),
  })
  .meta({ title: 'Bonus', description: 'A fixed bonus payment due on a date.' });
