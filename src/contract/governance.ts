import { z } from 'zod';
import { clauseFields, obligationFields, partyRef } from './clause.js';
import { count, rateString } from './exact-values.js';

/** Publication of the contract and EITI participation (reform G1). */
export const disclosure = z
  .strictObject({
    ...clauseFields,
    contractPublished: z.boolean(),
    annexes: z.boolean(),
    amendments: z.boolean(),
    eiti: z.boolean().meta({ description: 'The project reports under the EITI.' }),
  })
  .meta({ title: 'Disclosure' });

/** A beneficial owner of the investor or an SPV: a natural person. */
export const beneficialOwner = z
  .strictObject({
    of: partyRef().meta({ description: 'The company owned.' }),
    name: z.string().min(1),
    share: rateString(),
    politicallyExposed: z.boolean(),
  })
  .meta({ title: 'Beneficial owner' });

/** A named account into which a payee receives payments (reform G2). */
export const paymentAccount = z
  .strictObject({
    payee: partyRef(),
    account: z.string().min(1),
    type: z.enum(['treasury', 'consolidated-fund', 'statutory-fund', 'company', 'private']),
    public: z.boolean(),
  })
  .meta({ title: 'Payment account' });

/** Carve-outs from confidentiality a contract can make. */
export const confidentialityCarveOut = z.enum(['contract-text', 'payments', 'eiti', 'law', 'beneficial-ownership']);

/** The governance section (reforms G1 and G2). */
export const governance = z
  .strictObject({
    disclosure: disclosure.optional(),
    confidentiality: z.strictObject({ ...clauseFields, carveOuts: z.array(confidentialityCarveOut).default([]) }).optional(),
    beneficialOwners: z.array(beneficialOwner).default([]),
    reporting: z
      .strictObject({ ...obligationFields, projectLevel: z.boolean(), timelinessMonths: z.int().min(0).max(120) })
      .optional()
      .meta({ description: 'Payment reporting: by project, and how soon after the period.' }),
    award: z.strictObject({ process: z.string().min(1), deviations: z.array(z.string()).default([]) }).optional(),
    paymentAccounts: z.array(paymentAccount).default([]),
    audit: z
      .strictObject({
        ...clauseFields,
        by: z.string().min(1),
        kind: z.enum(['supreme-audit-institution', 'independent', 'company']),
        published: z.boolean(),
        everyYears: count(),
      })
      .optional(),
    stabilization: z
      .strictObject({
        ...clauseFields,
        scope: z.array(z.string().min(1)).default([]),
        excludes: z.array(z.enum(['environment', 'health-safety', 'human-rights', 'labour', 'tax'])).default([]),
      })
      .optional(),
  })
  .meta({ description: 'Transparency (G1) and revenue management (G2).' });
