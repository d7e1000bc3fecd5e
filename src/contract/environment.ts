import { z } from 'zod';
import { clauseFields, obligationFields } from './clause.js';
import { count, dateString, moneyString, rateString } from './exact-values.js';

/** Environmental and social impact assessment. */
export const esia = z
  .strictObject({
    ...obligationFields,
    standards: z.array(z.enum(['ifc-performance-standards', 'equator-principles', 'irma', 'national', 'other'])).min(1),
    social: z.boolean().default(true).meta({ description: 'The assessment covers social as well as environmental impacts.' }),
    by: dateString().optional().meta({ description: 'Date by which the ESIA is completed.' }),
    beforeConstruction: z.boolean().meta({ description: 'The ESIA must be approved before construction starts.' }),
    independentReview: z.boolean().optional(),
  })
  .meta({ title: 'ESIA' });

/** Environmental monitoring. */
export const monitoring = z
  .strictObject({
    ...clauseFields,
    independent: z.boolean(),
    public: z.boolean(),
    frequencyMonths: z.int().min(1).max(60),
  })
  .meta({ title: 'Monitoring' });

/** Financial assurance for closure. */
export const closureAssurance = z
  .strictObject({
    ...obligationFields,
    instrument: z.enum(['bond', 'letter-of-credit', 'trust', 'escrow', 'cash-deposit', 'insurance', 'corporate-guarantee']),
    amountBasis: z.enum(['third-party-cost', 'company-estimate']),
    amount: moneyString().optional(),
    coverage: rateString({ allowAboveHundred: true }).prefault('100%').meta({ description: 'Assurance as a share of the estimated closure cost.' }),
    reviewYears: z.int().min(1).max(50),
    by: dateString().optional().meta({ description: 'Date by which the assurance is posted.' }),
    beforeConstruction: z.boolean().meta({ description: 'Posted before construction starts.' }),
  })
  .meta({ title: 'Closure assurance' });

/** The environment section (principle 2). */
export const environment = z
  .strictObject({
    esia: esia.optional(),
    managementPlan: z.strictObject({ ...obligationFields, monitoringFrequencyMonths: z.int().min(1).max(60).optional() }).optional(),
    monitoring: monitoring.optional(),
    water: z.strictObject({ ...obligationFields, baseline: z.boolean(), allocationLimits: z.boolean(), dischargeStandards: z.boolean() }).optional(),
    biodiversity: z.strictObject({ ...obligationFields, plan: z.boolean(), noGoAreas: z.boolean() }).optional(),
    resettlement: z
      .strictObject({ ...obligationFields, planned: z.boolean(), standard: z.enum(['ifc-ps5', 'national', 'none']).optional(), livelihoodRestoration: z.boolean().optional() })
      .optional(),
    tailings: z
      .strictObject({ ...obligationFields, present: z.boolean(), standard: z.enum(['gistm', 'national', 'none']).optional(), engineerOfRecord: z.boolean().optional(), independentReview: z.boolean().optional() })
      .optional(),
    closure: z.strictObject({ ...obligationFields, plan: z.boolean(), reviewYears: z.int().min(1).max(50).optional(), assurance: closureAssurance.optional() }).optional(),
    ghg: z.strictObject({ ...clauseFields, reporting: z.boolean(), reductionTarget: rateString().optional(), by: dateString().optional() }).optional(),
  })
  .meta({ description: 'Environmental stewardship (principle 2).' });
